"""The engine: the rules of ``facilitation`` applied to one stored workshop."""
