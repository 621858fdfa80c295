"""`python -m bot` runs the command line, like the `counterclaim` script."""

from bot.cli import main

raise SystemExit(main())
