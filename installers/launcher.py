"""Entry point of the frozen PSM Desk (installers/psmdesk.spec): the same `psmdesk.cli:main` that
`python -m psmdesk` and the `psmdesk` console script run."""

import sys

from psmdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
