"""``python -m events``: see events/cli.py."""
import sys

from clitools import run
from events.cli import main

sys.exit(run(main))
