"""访谈阅读器 Interview Reader."""

__version__ = "0.1.0"
APP_NAME = "Interview Reader"
