"""Row texts for the RB (mesuji) layout, from seed 002, grouped as area -> kegiatan -> sub -> indikator.

Each sub kegiatan carries the ZI catalogue id it corresponds to (labelled as the seed's rows are in
tests/normalize/data/seed_rows.csv), or None when it has no ZI counterpart (deregulasi, penataan organisasi,
kearsipan, jabatan fungsional, pencanangan ZI, zona hijau, partisipasi publik).
"""

from __future__ import annotations

SubKegiatan = tuple[str, str | None, tuple[str, ...]]  # text, indicator id, indikator keberhasilan
Kegiatan = tuple[str, tuple[SubKegiatan, ...]]

RB_AREAS: dict[str, tuple[str, ...]] = {
    "MP": ("Manajemen Perubahan",),
    "DR": ("Penataan Peraturan Perundang-undangan", "Deregulasi Kebijakan"),
    "OR": ("Penataan Organisasi/Kelembagaan", "Penataan dan Penguatan Organisasi"),
    "TL": ("Penataan Tatalaksana",),
    "SDM": ("Penataan Sistem Manajemen Sumber Daya Manusia", "Penataan Sistem Manajemen SDM"),
    "AK": ("Penguatan Akuntabilitas",),
    "PW": ("Penguatan Pengawasan",),
    "PP": ("Peningkatan Kualitas Pelayanan Publik",),
}

RB: dict[str, tuple[Kegiatan, ...]] = {
    "MP": (
        ("Perencanaan Reformasi Birokrasi", (
            ("Pembentukan Tim Reformasi Birokrasi (RB) di lingkungan Sekretariat {satker}", "ZI.MP.1", (
                "SK Tim Reformasi Birokrasi di Lingkungan Satuan Kerja. Tim terdiri dari: 1) Tim "
                "Pengarah; 2) Tim Pelaksana (8 Area Perubahan); 3) Tim Agen Perubahan 4) Tim Assesor",
            )),
            ("Pembangunan komitmen bersama seluruh jajaran pegawai dan pejabat untuk melaksanakan "
             "Reformasi Birokrasi secara konsisten", "ZI.MP.R2", (
                "Kegiatan kick off / Pembangunan komitmen pelaksanaan Reformasi Birokrasi di lingkungan "
                "Sekretariat {satker}",
            )),
            ("Focus Group Discussion (FGD) Penyusunan Rencana Aksi Tahunan RB dan Rencana Aksi Agen "
             "Perubahan", "ZI.MP.2", (
                "Rencana Aksi Tahunan RB dan Rencana Aksi Agen Perubahan di lingkungan Sekretariat {satker}",
                "Surat Pernyataan Potensi Benturan Kepentingan",
                "Deklarasi pencanangan Zona Integritas",
            )),
        )),
        ("Pelaksanaan manajemen perubahan", (
            ("Sosialisasi Reformasi Birokrasi melalui berbagai media", "ZI.MP.2", (
                "Tersedianya media sosialisasi RB di lingkungan kerja yang bisa diakses stakeholder "
                "internal dan eksternal;",
                "Pembangunan kolom Reformasi Birokrasi Unit/Satuan Kerja di website resmi",
            )),
            ("Sosialisasi nilai-nilai untuk menegakan integritas penyelenggara Pemilu dan ASN", "ZI.MP.4", (
                "Menurunnya jumlah pelanggaran kode etik penyelenggara pemilu;",
                "Menurunnya angka pelanggaran disiplin ASN;",
            )),
            ("Internalisasi nilai-nilai dasar organisasi dan menciptakan budaya kerja positif", "ZI.MP.R3", (
                "Tersedianya media sosialisasi nilai-nilai dasar organisasi dan budaya kerja positif;",
                "Diterapkannya Budaya Kerja positif yang dituangkan dalam standar operasional pelaksanaan"
                " kegiatan/tugas keseharian;",
            )),
        )),
        ("Monitoring, Evaluasi dan Pelaporan", (
            ("Melakukan Monitoring pelaksanaan Rencana Aksi RB dan Rencana Aksi Agen Perubahan", "ZI.MP.3", (
                "Tersedianya dokumen monitoring dan evaluasi Rencana Aksi RB dan Rencana Aksi Agen "
                "Perubahan",
            )),
            ("Melakukan Evaluasi pelaksanaan Rencana Aksi RB melalui Lembar Kerja Evaluasi Unit", "ZI.MP.3", (
                "Tersedianya dokumen tindak lanjut dari hasil evaluasi Rencana Aksi Agen Perubahan",
                "Terisinya Lembar Kerja Evaluasi (LKE) Unit",
            )),
        )),
    ),
    "DR": (
        ("Evaluasi secara berkala produk perundang-undangan", (
            ("Pemetaan Naskah Dinas Pengaturan dan Penetapan di lingkungan unit kerja/Satuan Kerja", None, (
                "Adanya data perundang undangan di lingkungan Unit/Satuan Kerja",
            )),
        )),
        ("Menyempurnakan/mengubah berbagai peraturan perundang-undangan yang dipandang tidak relevan lagi", (
            ("Penyusunan revisi naskah dinas pengaturan dan atau penetapan dilingkungan unit dan satuan "
             "kerja", None, (
                "Jumlah Naskah Dinas Pengaturan dan Naskah Penetapan yang sudah di Revisi",
            )),
        )),
        ("Merumuskan berbagai peraturan perundang-undangan baru yang dipandang diperlukan", (
            ("Penyusunan naskah dinas pengaturan dan atau naskah dinas penetapan yang diperlukan", None, (
                "Jumlah Naskah Dinas Pengaturan dan Naskah Penetapan yang sudah di sahkan.",
            )),
        )),
        ("Pengelolaan JDIH", (
            ("Pembangunan JDIH Satuan Kerja", None, (
                "Dapat diaksesnya JDIH Satuan Kerja",
            )),
            ("Pengelolaan JDIH Satuan Kerja", None, (
                "Updatenya data JDIH Satuan Kerja",
            )),
        )),
    ),
    "OR": (
        ("Evaluasi Organisasi", (
            ("FGD Evaluasi Organisasi di lingkungan unit/satuan kerja", None, (
                "Dokumentasi laporan FGD Evaluasi Organisasi",
            )),
            ("Pengisian Kuesioner Evaluasi Organisasi", None, (
                "Pelaporan Kuesioner Evaluasi Organisasi kepada KPU RI dan Kemenpan RB",
            )),
        )),
        ("Penyesuaian SOTK", (
            ("Dilaksanakannya penyesuaian SOTK unit/satuan kerja sesuai mandat", None, (
                "SOTK unit/Satuan Kerja sesuai mandat",
            )),
            ("Pembuatan Dokumen Struktur Organisasi unit/satuan kerja", None, (
                "Struktur Organisasi unit/satuan kerja",
            )),
        )),
    ),
    "TL": (
        ("Peningkatan tatalaksana proses bisnis serta SOP di lingkungan Unit/Satuan Kerja", (
            ("Penyusunan peta proses bisnis dan SOP di lingkungan unit/satuan kerja;", "ZI.TL.R1", (
                "Seluruh peta proses bisnis telah disusun sesuai dengan pedoman penyusunan Peta Proses "
                "Bisnis;",
                "tersedia peta proses bisnis yang sesuai dengan tugas dan fungsi;",
                "Peta proses bisnis telah sesuai dengan dokumen Rencana strategis dan rencana kerja "
                "organisasi;",
            )),
            ("Evaluasi proses bisnis di lingkungan unit/satuan kerja;", "ZI.TL.R1", (
                "Terdapat evaluasi terhadap efisiensi dan efektivitas peta proses bisnis dan SOP secara "
                "berkala",
            )),
            ("Penyusunan SOP di lingkungan unit/satuan kerja", "ZI.TL.1", (
                "Telah dilakukan penjabaran seluruh peta lintas fungsi (peta level n) ke dalam SOP;",
                "SOP sudah dilegalkan; dan",
                "Seluruh Prosedur operasional tetap (SOP) telah diterapkan.",
            )),
        )),
        ("Penyelenggaraan Keterbukaan Informasi Publik", (
            ("Tata kelola PPID di lingkungan Unit/Satuan Kerja: Penyampaian Kebijakan/Maklumat Layanan",
             "ZI.TL.3", (
                "Adanya kebijakan pendukung PID;",
                "Meningkatnya kepuasan layanan PID;",
                "Jumlah permohonan masuk, sedang diproses dan sudah selesai ditindak lanjuti;",
                "Jumlah sengketa informasi;",
            )),
        )),
        ("Tata kelola dan implementasi Sistem pemerintahan Berbasis Elektronik (SPBE)", (
            ("Tata Kelola SPBE di lingkungan unit/satuan kerja", "ZI.TL.2", (
                "Kebijakan internal tata kelola SPBE",
                "Kebijakan internal layanan SPBE (SOP)",
                "Besaran anggaran belanja TIK di lingkungan unit/satuan kerja;",
            )),
            ("Pemanfaatan Aplikasi SPBE Administrasi kesekretariatan", "ZI.TL.2", (
                "Jumlah dan Jenis Naskah Dinas yang sudah dimanfaatkan,",
                "Data pemanfaatan aplikasi Manajemen Kepegawaian.",
                "Terisinya data aplikasi Penganggaran",
                "% Pengadaan melalui aplikasi pengadaan",
            )),
        )),
        ("Penerapan sistem kearsipan yang handal", (
            ("Penerapan sistem arsip dinamis, manual dan digital", None, (
                "Terkelolanya arsip statis dan dinamis di lingkungan unit/satuan kerja",
                "Jumlah pemangku jabatan yang berstatus JF Arsiparis",
            )),
        )),
    ),
    "SDM": (
        ("Pembangunan Sistem Merit", (
            ("Penerapan Pengukuran Kinerja Individu", "ZI.SDM.4", (
                "Seluruh pegawai memiliki Sasaran Kinerja Pegawai",
                "Pengukuran periodik Sasaran kinerja Individu",
                "Adanya evaluasi dan pelaksanaan hasil evaluasi SKP",
            )),
            ("Penerapan assessment untuk pertimbangan pengembangan karir dan mutasi pegawai", "ZI.SDM.R2", (
                "Data Mutasi",
                "Data Promosi",
                "Data Peserta Assessment",
            )),
            ("Penerapan disiplin dan Kode Etik Penyelenggara Pemilu", "ZI.SDM.5", (
                "Jumlah Pelanggaran tahun sebelumnya",
                "Jumlah pelanggaran yang sudah diberikan sanksi/ hukuman",
            )),
            ("Pengisian Sistem Informasi Kepegawaian", "ZI.SDM.6", (
                "Data kepegawaian yang mutakhir di lingkungan unit/satuan kerja.",
            )),
        )),
        ("Profesionalisme ASN", (
            ("Pembangunan jabatan fungsional di lingkungan unit/satuan kerja", None, (
                "Jumlah dan jenis jabatan fungsional yang mendukung unit dan satuan kerja",
            )),
            ("Pengembangan pegawai berbasis kompetensi", "ZI.SDM.3", (
                "Adanya identifikasi kebutuhan kompetensi di lingkungan unit kerja",
                "Jumlah pegawai yang mengikuti pengembangan kompetensi",
            )),
        )),
    ),
    "AK": (
        ("Penguatan Sistem Akuntabilitas Kinerja Instansi Pemerintah", (
            ("Penyusunan dan penetapan Renstra Satuan Kerja", "ZI.AK.2", (
                "Renstra satuan kerja",
                "Renstra hasil reviu",
            )),
            ("Penetapan Kinerja dengan menerapkan reward and punishment", "ZI.AK.R2", (
                "Adanya dokumen penetapan Kinerja hingga level Eselon IV",
                "% Capaian kinerja merupakan unsur pemberian Reward & Punishment",
            )),
            ("Pengukuran Capaian Kinerja Unit/Satuan Kerja", "ZI.AK.R1", (
                "% Capaian kinerja unit/satuan kerja",
            )),
            ("Pelaporan Kinerja Unit/Satuan Kerja", "ZI.AK.2", (
                "Pelaporan kinerja unit/satuan kerja tepat waktu",
            )),
        )),
        ("Pengelolaan Akuntabilitas Kinerja", (
            ("Pemutakhiran Data kinerja di aplikasi E-Lapkin;", "ZI.AK.2", (
                "Terisinya aplikasi eLapkin",
                "Data e-Lapkin unit/satuan kerja termutakhir",
            )),
            ("Pelatihan SDM pengelola Akuntabilitas Kinerja;", "ZI.AK.2", (
                "% jumlah pegawai pengelola akuntabilitas kinerja yang memperoleh pelatihan",
            )),
        )),
    ),
    "PW": (
        ("Pembangunan Zona Integritas di unit/satuan kerja", (
            ("Pencanangan Zona Integritas di Lingkungan Unit/ Satuan Kerja;", None, (
                "Terbentuknya Tim Zona integritas; Di Tandatanganinya Piagam integritas oleh para pihak",
            )),
            ("Penyusunan Rencana Aksi Zona Integritas di Lingkungan Unit/ Satuan Kerja", None, (
                "Adanya Rencana kerja Zona Integritas yang sudah dilegalkan.",
            )),
            ("Pengisian Lembar Kerja Evaluasi Zona Integritas (LKE ZI)", None, (
                "Terisinya LKE ZI; dan",
            )),
        )),
        ("Pelaksanaan pengendalian Gratifikasi KPU", (
            ("Pembentukan Unit Pengendali Gratifikasi (UPG)", "ZI.PW.1", (
                "Adanya UPG di Lingkungan unit/satuan kerja",
            )),
            ("Pembangunan komitmen dan Diseminasi atas peraturan gratifikasi;", "ZI.PW.1", (
                "Adanya alat sosialisasi di lingkungan unit/satuan kerja.",
                "Adanya sosialisasi gratifikasi di lingkungan unit/satuan kerja; dan",
            )),
            ("Public Campaign Anti Gratifikasi;", "ZI.PW.1", (
                "Adanya alat sosialisasi anti gratifikasi kepada stakeholder eksternal;",
            )),
        )),
        ("Pelaksanaan Whistle Blowing System KPU", (
            ("Pembangunan aplikasi Whistle Blowing System di Lingkungan Unit/Satuan Kerja", "ZI.PW.4", (
                "Tersedianya aplikasi WBS yang bisa diakses oleh publik",
                "Adanya SOP WBS",
            )),
            ("Pengelolaan WBS di lingkungan Unit/Satuan Kerja", "ZI.PW.4", (
                "Prosentase Pengaduan WBS selesai ditindaklanjuti",
            )),
        )),
        ("Pelaksanaan pemantauan benturan kepentingan KPU", (
            ("Identifikasi Benturan Kepentingan di lingkungan Unit/Satuan Kerja.", "ZI.PW.5", (
                "Potensi-potensi yang dapat menimbulkan benturan kepentingan dari pelaksanaan tugas dan "
                "fungsi",
            )),
            ("Penandatanganan Surat Pernyataan Benturan Kepentingan bagi Anggota dan ASN", "ZI.PW.5", (
                "% Penandatangan surat pernyataan benturan kepentingan;",
            )),
        )),
        ("Peningkatan SPIP di lingkungan unit/satuan kerja", (
            ("Pembangunan Sistem Pengendalian Intern Pemerintah (SPIP) di lingkungan Unit/Satuan Kerja",
             "ZI.PW.2", (
                "Adanya tim SPIP pada satuan kerja",
            )),
            ("Pelaksanaan SPIP: 1) Lingkungan pengendalian 2) Penilaian risiko 3) Kegiatan pengendalian",
             "ZI.PW.2", (
                "Terselenggaranya: 1) Lingkungan pengendalian 2) Penilaian risiko 3) Kegiatan pengendalian",
            )),
        )),
        ("Penanganan Pengaduan masyarakat KPU", (
            ("Pembangunan Sistem Pengaduan masyarakat di Lingkungan Unit/Satuan kerja", "ZI.PW.3", (
                "Tersedianya Sarana penyampaian pengaduan,",
                "Adanya pejabat yang mengelola pengaduan;",
            )),
            ("Pengelolaan Pengaduan Masyarakat di Lingkungan Unit/Satuan kerja;", "ZI.PW.R2", (
                "Prosentase Pengaduan Masyarakat selesai ditindaklanjuti",
            )),
        )),
        ("Peningkatan Integritas Individu", (
            ("Penyampaian LHKPN", "ZI.PW.R3", (
                "100% seluruh wajib lapor LHKPN di lingkungan Unit/Satuan Kerja",
            )),
            ("Penyampaian LHKASN", "ZI.PW.R3", (
                "100% LHKASN di lingkungan Unit/Satuan Kerja",
            )),
        )),
    ),
    "PP": (
        ("Penguatan pelayanan prima di lingkungan unit/satuan kerja", (
            ("Memetakan jenis-jenis/ produk-produk pelayanan Administrasi Internal Kesekretariatan",
             "ZI.PP.2", (
                "Informasi jenis-jenis atau produk-produk layanan di lingkungan unit/satuan kerja",
            )),
            ("Melakukan evaluasi terhadap jenis-jenis layanan terhadap 14 komponen standar pelayanan",
             "ZI.PP.1", (
                "Sudah adanya maklumat pelayanan di lingkungan unit/satuan kerja",
                "Indeks Kepuasan layanan yang di dapat melalui survei pelayanan;",
                "Adanya inovasi pelayanan yang dirasakan manfaatnya oleh stakeholder internal",
            )),
        )),
        ("Mendorong Inovasi di sektor pelayanan kepemiluan dan administrasi", (
            ("Menciptakan/Melakukan deregulasi pelayanan/ menerapkan Inovasi yang mendorong perbaikan "
             "pelayanan", "ZI.PP.R1", (
                "Indeks Kepuasan layanan yang di dapat melalui survei pelayanan;",
                "Adanya regulasi/deregulasi kebijakan pelayanan;",
                "Adanya SOP Pelayanan",
                "Tersedianya pelayanan berbasis teknologi informasi",
            )),
            ("Upaya mendorong replikasi inovasi yang berdampak baik pada pelayanan ke unit kerja/satuan "
             "kerja", "ZI.PP.R1", (
                "Adanya sosialisasi inovasi",
                "Benchlearning dari unit/satker lain terkait hasil inovasi",
            )),
        )),
        ("Pembangunan Zona Hijau Pelayanan Publik", (
            ("Membangun dan menerapkan variabel dan indikator Zona Hijau Pelayanan Publik", None, (
                "Tersedianya Standar Pelayanan sesuai amanat UU",
                "Tersedianya Maklumat Pelayanan",
                "Tersedianya sarana pengaduan berikut prosedur, petugas dan dokumentasi pengaduan",
            )),
        )),
        ("Penerapan partisipasi publik dalam pelayanan publik;", (
            ("Pembangunan Kerja Sama Pelibatan masyarakat dalam kegiatan pemilu", None, (
                "Pelaksanaan survei kepuasan masyarakat dan tindak lanjut hasilnya",
            )),
        )),
    ),
}
