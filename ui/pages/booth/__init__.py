"""The voting booth: private dot voting on one shared screen, then the reveal and the cut.

One page serves the vote on objective candidates and the vote on one objective's
key results. The round moves through these screens:

- settings: votes per person, the most on one card, secret or open, dots or paper;
- "who votes next?": names only, with a tick for those who have voted, never on what;
- the ballot of one voter: their own dots and votes left, nothing of anyone else's,
  until "Done, hand over" clears the screen;
- paper or show of hands: the facilitator types a count per card;
- sealed: a secret round shows no totals until the facilitator reveals them;
- the result: a sorted bar chart with ties marked, the cut line to drag, the ties to
  settle, the "not now" list, and the step that makes the chosen cards count.

A dot is one undo command; the booth updates the one card that changed, never the
whole screen, so a click is shown at once with forty voters and a hundred cards.
"""

from __future__ import annotations

from ui.pages.booth.page import KINDS, BoothPage, make_page

__all__ = ["KINDS", "BoothPage", "make_page"]
