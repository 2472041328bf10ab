"""Every subcommand's click command, one module each; the CLI group loads them lazily.

Each is a thin shell over the library (`engine`, `runner`, `fixes`, `schema`,
`graph`, `lsp`): options, messages and exit codes live here, logic does not.
"""
