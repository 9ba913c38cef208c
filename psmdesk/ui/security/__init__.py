"""Kata sandi: the unlock screen, the idle lock, the recovery code, protecting a plain database."""
