"""``python -m geo``: see geo/cli.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clitools import run  # noqa: E402
from geo.cli import main  # noqa: E402

sys.exit(run(main))
