"""``python -m gazetteer``: see gazetteer/cli.py."""
import sys

from clitools import run

from .cli import main

sys.exit(run(main))
