"""Pendampingan: casework of PPKS people and the PSM registry."""
