"""PSM Desk: offline records for Pekerja Sosial Masyarakat and the Dinas Sosial office."""

__version__ = "0.1.0"
APP_NAME = "PSM Desk"
