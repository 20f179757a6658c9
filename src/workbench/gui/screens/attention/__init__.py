"""The "needs attention" screen (quarantined changes and conflicts) and the conflict screen."""
