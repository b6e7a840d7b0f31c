"""Widgets every screen shares: the banner, text fields that commit, row models, the card grid."""
