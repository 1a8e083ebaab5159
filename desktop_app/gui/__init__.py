"""The thin Qt layer: windows, models over the domain, dialogs."""
