"""The store's errors, worded for the person who opened the file.

They import nothing from the database layer, so a window can catch them before
SQLAlchemy is loaded. Each is an English template with named values
(``DamagedFile("{path} is damaged ({detail}).", path=path, detail=...)``): ``str()``
reads as English for the command line and the logs, and the window says it in its
language (``okr_rules.messages``).
"""

from okr_rules.messages import SayingError


class StoreError(SayingError):
    """A problem with the workshop file, worded for the person who opened it."""


class NotAWorkshopFile(StoreError):
    pass


class DamagedFile(StoreError):
    pass


class NewerFile(StoreError):
    pass


class StoreUnavailable(StoreError):
    """The file could not be written: locked, removed, read-only or disk full."""


class ValueNotStorable(StoreError):
    """A value no backend could keep as it is: text too long or with a NUL, a number too big.

    Checked before anything is written, so SQLite and PostgreSQL refuse the same
    values with the same message, naming the field.
    """
