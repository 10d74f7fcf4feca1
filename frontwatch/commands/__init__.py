"""CLI commands: each module has ``register(subparsers)``; handlers call the library API."""
