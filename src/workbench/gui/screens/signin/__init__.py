"""Sign-in and set-up dialogs."""
