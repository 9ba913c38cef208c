"""Sinkronisasi: Kirim ke Kantor (volunteer), Impor Paket, Perangkat and Konflik (office)."""
