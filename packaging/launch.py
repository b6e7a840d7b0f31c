"""The built app's entry point: the ``okr-workshop`` command, frozen.

Without arguments it opens the window; with a subcommand (``export``, ``list``...)
it does what the installed command does.
"""

from ui.cli import main

raise SystemExit(main())
