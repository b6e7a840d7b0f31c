"""The arithmetic of OKRs that the rules, the screens and the sheets all read.

Plain functions over plain values, importing nothing of the app but its resources:
``facilitation`` applies them to a workshop, ``workshop.snapshot`` and ``exports``
print their results, so a verdict, a score or the order of a tally is worked out
in one place only. ``okr_rules.messages`` holds the shape of a sentence for the room
that every layer's errors share. An import-linter contract keeps this package free of the
database, Qt and ReportLab.
"""
