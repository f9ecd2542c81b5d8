"""`python -m services` is the `newswatch` command."""

from services.cli import main

raise SystemExit(main())
