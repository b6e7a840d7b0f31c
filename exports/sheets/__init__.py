"""One module per printable sheet; ``exports.registry`` lists them by name."""
