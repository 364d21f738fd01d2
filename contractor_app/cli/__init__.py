"""The command line: one module per subcommand under cli/commands, all over the same services as the GUI."""
