"""Permakanan Lansia screens: daily log, roster, monthly recap, Pokmas profile, Beranda card."""
