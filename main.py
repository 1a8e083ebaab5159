"""Start 访谈阅读器 Interview Reader from a source checkout: ``python main.py``."""

import sys

from desktop_app.app import main

if __name__ == "__main__":
    sys.exit(main())
