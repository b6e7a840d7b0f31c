"""Hostile text for the bad-input suite: what a room, a paste or a file can throw at us."""

from __future__ import annotations

HOSTILE_STRINGS: dict[str, str] = {
    "empty": "",
    "whitespace only": " \t\n  \u00a0 ",
    "five thousand characters": "Customers notice " * 294 + "the end",
    "markup": "R&D <team> </para><b>bold</b> &amp; \"quotes\" 'single'",
    "right to left": "מטרה: לקוחות מרוצים — هدف: عملاء سعداء",
    "emoji": "Ship it 🚀🔥 👩🏽‍💻 ✅",
    "cjk": "顧客満足度を高める 提高客户满意度 고객 만족",
    "nul and controls": "before\x00after\x07bell\x1b[31mred\rreturn",
    "path-like": "../../etc/passwd C:\\Windows\\system32 CON NUL.txt /tmp/x",
    "format strings": "%s %d {0} {name} {{}} %(x)s ${HOME} `rm -rf`",
    "typographic": "“Quoted” ‘single’ → ≥ ≤ … – — • ½ € £ ™",
}


def cleaned(text: str) -> str:
    """What the app keeps of a text: control characters dropped, outer spaces trimmed."""
    return "".join(c for c in text if c in "\t\n" or (ord(c) >= 32 and ord(c) != 127)).strip()
