"""Decree body texts (legal bases, considerations, narrative) and name pools, adapted from the seeds.

Placeholders: {kpu} = "Komisi Pemilihan Umum Kabupaten X", {satker} = "KPU Kabupaten X",
{judul} = the plan's title, {tahun}, {tahun_lalu}.
"""

from __future__ import annotations

MENGINGAT = (
    "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara Yang Bersih dan Bebas dari Korupsi, "
    "Kolusi, dan Nepotisme (Lembaran Negara Republik Indonesia Tahun 1999 Nomor 75, Tambahan Lembaran Negara "
    "Republik Indonesia Nomor 3851);",
    "Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Tindak Pidana Korupsi (Lembaran Negara "
    "Republik Indonesia Tahun 2002 Nomor 137, Tambahan Lembaran Negara Republik Indonesia Nomor 4250);",
    "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara (Lembaran Negara Republik Indonesia "
    "Tahun "
    "2014 Nomor 6, Tambahan Lembaran Negara Republik Indonesia Nomor 5494);",
    "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Lembaran Negara Republik Indonesia Tahun 2017 "
    "Nomor 182, Tambahan Lembaran Negara Republik Indonesia Nomor 6109);",
    "Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi Tahun 2010-2025;",
    "Peraturan Presiden Nomor 126 Tahun 2017 tentang Tunjangan Kinerja Pegawai di Lingkungan Sekretariat "
    "Jenderal Komisi Pemilihan Umum (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 270);",
    "Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja Komisi Pemilihan Umum, Komisi "
    "Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum Kabupaten/Kota (Berita Negara Republik Indonesia "
    "Tahun "
    "2019 Nomor 320) sebagaimana telah beberapa kali diubah terakhir dengan Peraturan Komisi Pemilihan Umum "
    "Nomor 12 Tahun 2023 tentang Perubahan Kelima atas Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 "
    "(Berita Negara Republik Indonesia Tahun 2023 Nomor 377);",
    "Peraturan Komisi Pemilihan Umum Nomor 14 Tahun 2020 tentang Tugas, Fungsi, Susunan Organisasi dan Tata "
    "Kerja Sekretariat Jenderal Komisi Pemilihan Umum, Sekretariat Komisi Pemilihan Umum Provinsi, dan "
    "Sekretariat Komisi Pemilihan Umum Kabupaten/Kota (Berita Negara Republik Indonesia Tahun 2020 Nomor "
    "1236);",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2020 tentang "
    "Road "
    "Map Reformasi Birokrasi 2020-2024 (Berita Negara Republik Indonesia Tahun 2020 Nomor 441);",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang "
    "Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih "
    "dan Melayani di Instansi Pemerintah (Berita Negara Republik Indonesia Tahun 2021 Nomor 1571);",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 9 Tahun 2023 tentang "
    "Evaluasi Reformasi Birokrasi (Berita Negara Republik Indonesia Tahun 2023 Nomor 601);",
    "Keputusan Komisi Pemilihan Umum Nomor 314/ORT.07-Kpt/01/KPU/V/2021 tentang Petunjuk Teknis Pelaksanaan "
    "Reformasi Birokrasi di Lingkungan Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi dan Komisi "
    "Pemilihan Umum Kabupaten/Kota;",
    "Keputusan Komisi Pemilihan Umum Nomor 1393 Tahun 2023 tentang Road Map Reformasi Birokrasi Komisi "
    "Pemilihan Umum Tahun 2020-2024;",
)

MENIMBANG = (
    "bahwa dalam rangka penyelenggaraan program {program} {kpu} secara lebih terarah, perlu menetapkan "
    "{judul} {kpu} Tahun {tahun_menimbang} dengan Keputusan {kpu};",
    "bahwa untuk melaksanakan tugas dan tanggung jawab Tim Kerja Pembangunan Zona Integritas berdasarkan "
    "Petunjuk Teknis Pelaksanaan Pembangunan Zona Integritas, {kpu} berkewajiban menyusun {judul} Tahun "
    "{tahun_menimbang};",
    "bahwa untuk melaksanakan ketentuan dalam Keputusan Komisi Pemilihan Umum Nomor 314/ORT.07-Kpt/01/KPU/V/"
    "2021 tentang Petunjuk Teknis Pelaksanaan Reformasi Birokrasi di Lingkungan Komisi Pemilihan Umum, perlu "
    "menetapkan Keputusan {kpu} tentang {judul} Tahun {tahun_menimbang};",
    "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan {kpu} "
    "tentang {judul} Tahun {tahun};",
)

NARRATIVE = (
    ("PENDAHULUAN", (
        "Zona Integritas adalah predikat yang diberikan oleh Kementerian Pendayagunaan Aparatur Negara dan "
        "Reformasi Birokrasi kepada instansi pemerintah yang memiliki komitmen untuk mewujudkan Wilayah "
        "Bebas "
        "Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM) melalui Reformasi Birokrasi, "
        "khususnya "
        "dalam pencegahan korupsi dan peningkatan kualitas pelayanan publik.",
        "Berdasarkan Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi "
        "2010-2025, "
        "pelaksanaan Reformasi Birokrasi telah memasuki periode ketiga. Pada periode sebelumnya telah "
        "tercapai "
        "banyak kondisi yang mendukung sasaran Reformasi Birokrasi, yaitu birokrasi yang bersih, "
        "akuntabel, dan "
        "berkinerja tinggi; birokrasi yang efektif dan efisien; dan birokrasi yang mempunyai pelayanan "
        "publik "
        "yang berkualitas.",
        "Dalam rangka mengakselerasi pencapaian sasaran hasil tersebut, {satker} melakukan benchmarking pada "
        "instansi pemerintah yang berhasil menjadi pilot project pelaksanaan reformasi birokrasi. Secara "
        "kongkret pelaksanaan program reformasi birokrasi pada {satker} didorong melalui upaya "
        "Pembangunan Zona "
        "Integritas.",
    )),
    ("Dasar Hukum", (
        "Permen PANRB Nomor 25 Tahun 2020 tentang Road Map Reformasi Birokrasi 2020-2024; dan Permen PANRB "
        "Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari "
        "Korupsi "
        "dan Wilayah Birokrasi Bersih dan Melayani di Lingkungan Instansi Pemerintah.",
    )),
    ("Maksud dan Tujuan", (
        "Dokumen Rencana Aksi ini dimaksudkan sebagai acuan bagi {satker} dan pemangku kepentingan lainnya "
        "dalam membangun Zona Integritas Menuju WBK dan WBBM, serta untuk mencapai wilayah kerja yang "
        "bebas dari "
        "korupsi dan dapat memberikan pelayanan yang maksimal bagi masyarakat sesuai tugas, fungsi, wewenang "
        "dan tanggung jawab {satker}.",
        "Tujuan penyusunan dokumen rencana aksi ini adalah memberikan keseragaman pemahaman dan tindakan "
        "dalam "
        "pembangunan Zona Integritas menuju WBK/WBBM di lingkungan {satker} sehingga pelayanan kepada "
        "masyarakat berjalan dengan efektif dan efisien.",
    )),
    ("Pengertian Umum", (
        "Zona Integritas (ZI) adalah predikat yang diberikan kepada instansi pemerintah yang pimpinan dan "
        "jajarannya mempunyai komitmen untuk mewujudkan WBK/WBBM melalui reformasi birokrasi, khususnya "
        "dalam "
        "hal pencegahan korupsi dan peningkatan kualitas pelayanan publik.",
        "Tim Penilai Internal yang selanjutnya disingkat TPI adalah tim yang dibentuk oleh pimpinan instansi "
        "pemerintah yang mempunyai tugas melakukan penilaian unit kerja dalam rangka memperoleh predikat "
        "Menuju "
        "WBK/Menuju WBBM.",
    )),
)

FIRST_NAMES = ("Ahmad", "Muhammad", "Abraham", "Edy", "Denny", "Yulius", "Holis", "Faridah", "Samingan",
               "Siti", "Nur", "Agus", "Budi", "Made", "Ketut", "Wayan", "Yohanes", "Fransiskus", "Hendra",
               "Rahmat", "Dewi", "Sri", "Lalu", "Baiq", "Ismail", "Hasan", "Maria", "Petrus", "Andi", "Rudi")
LAST_NAMES = ("Junaidi", "Putrawan", "Saputra", "Imbiri", "Tabate", "Iskandar", "Anwar", "Wahyudi",
              "Hidayat", "Sulaiman", "Rahman", "Suryadi", "Mandacan", "Wonda", "Kurniawan", "Setiawan",
              "Pratama", "Nugroho", "Hamzah", "Simanjuntak", "Siregar", "Lubis", "Tanjung", "Yosias Imbiri",
              "Wanyurridho", "Harahap", "Marpaung", "Ginting")
TITLES = ("", "", "", ", S.H.", ", S.Sos.", ", S.E.", ", S.H., M.H.", ", S.IP.", ", M.Si.", ", S.Pd.")
KASUBBAG = ("Kasubbag Hukum dan SDM,", "Kepala Sub Bagian Hukum dan SDM,",
            "Kasubbag Hukum dan Sumber Daya Manusia,", "Kepala Subbagian Teknis Penyelenggara Pemilu,")

CAPITALS = {
    "11": "Banda Aceh", "12": "Medan", "13": "Padang", "14": "Pekanbaru", "15": "Jambi", "16": "Palembang",
    "17": "Bengkulu", "18": "Bandar Lampung", "19": "Pangkalpinang", "21": "Tanjungpinang", "31": "Jakarta",
    "32": "Bandung", "33": "Semarang", "34": "Yogyakarta", "35": "Surabaya", "36": "Serang", "51": "Denpasar",
    "52": "Mataram", "53": "Kupang", "61": "Pontianak", "62": "Palangka Raya", "63": "Banjarbaru",
    "64": "Samarinda", "65": "Tanjung Selor", "71": "Manado", "72": "Palu", "73": "Makassar", "74": "Kendari",
    "75": "Gorontalo", "76": "Mamuju", "81": "Ambon", "82": "Sofifi", "91": "Jayapura", "92": "Manokwari",
    "93": "Merauke", "94": "Nabire", "95": "Wamena", "96": "Sorong", "00": "Jakarta",
    "52.03": "Selong", "52.07": "Taliwang", "52.01": "Gerung", "52.02": "Praya", "52.04": "Sumbawa Besar",
    "96.04": "Fef", "18.11": "Mesuji", "18.01": "Kalianda", "18.02": "Gunung Sugih", "18.07": "Sukadana",
    "52.06": "Woha", "52.08": "Tanjung", "53.01": "Waikabubak", "92.02": "Manokwari",
}

PROV_SLUGS = {"52": "ntb", "53": "ntt", "31": "dki", "34": "diy", "19": "babel", "21": "kepri"}

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
