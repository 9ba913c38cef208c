import sys

from psmdesk.cli import main

sys.exit(main())
