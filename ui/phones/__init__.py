"""Voting from phones over the room's own network: a small web server and its one page.

Nothing here imports Qt, so ``okr-workshop vote-room`` serves a round without a window.
"""
