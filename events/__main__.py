import sys

from events.cli import run

sys.exit(run())
