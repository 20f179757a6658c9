"""The guided initial interview (issue 8 point 1): wizard, step pages, the case tab and referral updates."""
