"""Row texts for the RB (mesuji) layout, from seed 002, grouped as area -> kegiatan -> sub -> indikator.

The indicator id is the ZI catalogue entry a kegiatan obviously corresponds to, or None
(deregulasi and penataan organisasi have no ZI counterpart).
"""

from __future__ import annotations

Kegiatan = tuple[str, str | None, tuple[tuple[str, tuple[str, ...]], ...]]

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
        ("Perencanaan Reformasi Birokrasi", "ZI.MP.1", (
            ("Pembentukan Tim Reformasi Birokrasi (RB) di lingkungan Sekretariat {satker}",
             ("SK Tim Reformasi Birokrasi di Lingkungan Satuan Kerja. Tim terdiri dari: 1) Tim Pengarah; "
              "2) Tim Pelaksana (8 Area Perubahan); 3) Tim Agen Perubahan 4) Tim Assesor",)),
            ("Pembangunan komitmen bersama seluruh jajaran pegawai dan pejabat untuk melaksanakan Reformasi "
             "Birokrasi secara konsisten", ("Kegiatan kick off / Pembangunan komitmen pelaksanaan Reformasi "
                                            "Birokrasi di lingkungan Sekretariat {satker}",)),
            ("Focus Group Discussion (FGD) Penyusunan Rencana Aksi Tahunan RB dan Rencana Aksi Agen "
             "Perubahan",
             ("Rencana Aksi Tahunan RB dan Rencana Aksi Agen Perubahan di lingkungan Sekretariat {satker}",
              "Surat Pernyataan Potensi Benturan Kepentingan", "Deklarasi pencanangan Zona Integritas")),
        )),
        ("Pelaksanaan manajemen perubahan", "ZI.MP.4", (
            ("Sosialisasi Reformasi Birokrasi melalui berbagai media",
             ("Tersedianya media sosialisasi RB di lingkungan kerja yang bisa diakses stakeholder "
              "internal dan "
              "eksternal;",
              "Pembangunan kolom Reformasi Birokrasi Unit/Satuan Kerja di website resmi")),
            ("Sosialisasi nilai-nilai untuk menegakan integritas penyelenggara Pemilu dan ASN",
             ("Menurunnya jumlah pelanggaran kode etik penyelenggara pemilu;",
              "Menurunnya angka pelanggaran disiplin ASN;")),
            ("Internalisasi nilai-nilai dasar organisasi dan menciptakan budaya kerja positif",
             ("Tersedianya media sosialisasi nilai-nilai dasar organisasi dan budaya kerja positif;",
              "Diterapkannya Budaya Kerja positif yang dituangkan dalam standar operasional pelaksanaan "
              "kegiatan/tugas keseharian;")),
        )),
        ("Monitoring, Evaluasi dan Pelaporan", "ZI.MP.3", (
            ("Melakukan Monitoring pelaksanaan Rencana Aksi RB dan Rencana Aksi Agen Perubahan",
             ("Tersedianya dokumen monitoring dan evaluasi Rencana Aksi RB dan Rencana Aksi Agen "
              "Perubahan",)),
            ("Melakukan Evaluasi pelaksanaan Rencana Aksi RB melalui Lembar Kerja Evaluasi Unit",
             ("Tersedianya dokumen tindak lanjut dari hasil evaluasi Rencana Aksi Agen Perubahan",
              "Terisinya Lembar Kerja Evaluasi (LKE) Unit")),
        )),
    ),
    "DR": (
        ("Evaluasi secara berkala produk perundang-undangan", None, (
            ("Pemetaan Naskah Dinas Pengaturan dan Penetapan di lingkungan unit kerja/Satuan Kerja",
             ("Adanya data perundang undangan di lingkungan Unit/Satuan Kerja",)),
        )),
        ("Menyempurnakan/mengubah berbagai peraturan perundang-undangan yang dipandang tidak relevan lagi",
         None, (
             ("Penyusunan revisi naskah dinas pengaturan dan atau penetapan dilingkungan unit dan satuan "
              "kerja",
              ("Jumlah Naskah Dinas Pengaturan dan Naskah Penetapan yang sudah di Revisi",)),
         )),
        ("Merumuskan berbagai peraturan perundang-undangan baru yang dipandang diperlukan", None, (
            ("Penyusunan naskah dinas pengaturan dan atau naskah dinas penetapan yang diperlukan",
             ("Jumlah Naskah Dinas Pengaturan dan Naskah Penetapan yang sudah di sahkan.",)),
        )),
        ("Pengelolaan JDIH", None, (
            ("Pembangunan JDIH Satuan Kerja", ("Dapat diaksesnya JDIH Satuan Kerja",)),
            ("Pengelolaan JDIH Satuan Kerja", ("Updatenya data JDIH Satuan Kerja",)),
        )),
    ),
    "OR": (
        ("Evaluasi Organisasi", None, (
            ("FGD Evaluasi Organisasi di lingkungan unit/satuan kerja",
             ("Dokumentasi laporan FGD Evaluasi Organisasi",)),
            ("Pengisian Kuesioner Evaluasi Organisasi",
             ("Pelaporan Kuesioner Evaluasi Organisasi kepada KPU RI dan Kemenpan RB",)),
        )),
        ("Penyesuaian SOTK", None, (
            ("Dilaksanakannya penyesuaian SOTK unit/satuan kerja sesuai mandat",
             ("SOTK unit/Satuan Kerja sesuai mandat",)),
            ("Pembuatan Dokumen Struktur Organisasi unit/satuan kerja", ("Struktur Organisasi unit/satuan "
                                                                         "kerja",)),
        )),
    ),
    "TL": (
        ("Peningkatan tatalaksana proses bisnis serta SOP di lingkungan Unit/Satuan Kerja", "ZI.TL.1", (
            ("Penyusunan peta proses bisnis dan SOP di lingkungan unit/satuan kerja;",
             ("Seluruh peta proses bisnis telah disusun sesuai dengan pedoman penyusunan Peta Proses Bisnis;",
              "tersedia peta proses bisnis yang sesuai dengan tugas dan fungsi;",
              "Peta proses bisnis telah sesuai dengan dokumen Rencana strategis dan rencana kerja "
              "organisasi;")),
            ("Evaluasi proses bisnis di lingkungan unit/satuan kerja;",
             ("Terdapat evaluasi terhadap efisiensi dan efektivitas peta proses bisnis dan SOP secara "
              "berkala",)),
            ("Penyusunan SOP di lingkungan unit/satuan kerja",
             ("Telah dilakukan penjabaran seluruh peta lintas fungsi (peta level n) ke dalam SOP;",
              "SOP sudah dilegalkan; dan", "Seluruh Prosedur operasional tetap (SOP) telah diterapkan.")),
        )),
        ("Penyelenggaraan Keterbukaan Informasi Publik", "ZI.TL.3", (
            ("Tata kelola PPID di lingkungan Unit/Satuan Kerja: Penyampaian Kebijakan/Maklumat Layanan",
             ("Adanya kebijakan pendukung PID;", "Meningkatnya kepuasan layanan PID;",
              "Jumlah permohonan masuk, sedang diproses dan sudah selesai ditindak lanjuti;",
              "Jumlah sengketa informasi;")),
        )),
        ("Tata kelola dan implementasi Sistem pemerintahan Berbasis Elektronik (SPBE)", "ZI.TL.2", (
            ("Tata Kelola SPBE di lingkungan unit/satuan kerja",
             ("Kebijakan internal tata kelola SPBE", "Kebijakan internal layanan SPBE (SOP)",
              "Besaran anggaran belanja TIK di lingkungan unit/satuan kerja;")),
            ("Pemanfaatan Aplikasi SPBE Administrasi kesekretariatan",
             ("Jumlah dan Jenis Naskah Dinas yang sudah dimanfaatkan,",
              "Data pemanfaatan aplikasi Manajemen Kepegawaian.", "Terisinya data aplikasi Penganggaran",
              "% Pengadaan melalui aplikasi pengadaan")),
        )),
        ("Penerapan sistem kearsipan yang handal", None, (
            ("Penerapan sistem arsip dinamis, manual dan digital",
             ("Terkelolanya arsip statis dan dinamis di lingkungan unit/satuan kerja",
              "Jumlah pemangku jabatan yang berstatus JF Arsiparis")),
        )),
    ),
    "SDM": (
        ("Pembangunan Sistem Merit", "ZI.SDM.4", (
            ("Penerapan Pengukuran Kinerja Individu",
             ("Seluruh pegawai memiliki Sasaran Kinerja Pegawai", "Pengukuran periodik Sasaran kinerja "
                                                                  "Individu",
              "Adanya evaluasi dan pelaksanaan hasil evaluasi SKP")),
            ("Penerapan assessment untuk pertimbangan pengembangan karir dan mutasi pegawai",
             ("Data Mutasi", "Data Promosi", "Data Peserta Assessment")),
            ("Penerapan disiplin dan Kode Etik Penyelenggara Pemilu",
             ("Jumlah Pelanggaran tahun sebelumnya", "Jumlah pelanggaran yang sudah diberikan sanksi/ "
                                                     "hukuman")),
            ("Pengisian Sistem Informasi Kepegawaian",
             ("Data kepegawaian yang mutakhir di lingkungan unit/satuan kerja.",)),
        )),
        ("Profesionalisme ASN", "ZI.SDM.3", (
            ("Pembangunan jabatan fungsional di lingkungan unit/satuan kerja",
             ("Jumlah dan jenis jabatan fungsional yang mendukung unit dan satuan kerja",)),
            ("Pengembangan pegawai berbasis kompetensi",
             ("Adanya identifikasi kebutuhan kompetensi di lingkungan unit kerja",
              "Jumlah pegawai yang mengikuti pengembangan kompetensi")),
        )),
    ),
    "AK": (
        ("Penguatan Sistem Akuntabilitas Kinerja Instansi Pemerintah", "ZI.AK.2", (
            ("Penyusunan dan penetapan Renstra Satuan Kerja", ("Renstra satuan kerja", "Renstra hasil "
                                                                                       "reviu")),
            ("Penetapan Kinerja dengan menerapkan reward and punishment",
             ("Adanya dokumen penetapan Kinerja hingga level Eselon IV",
              "% Capaian kinerja merupakan unsur pemberian Reward & Punishment")),
            ("Pengukuran Capaian Kinerja Unit/Satuan Kerja", ("% Capaian kinerja unit/satuan kerja",)),
            ("Pelaporan Kinerja Unit/Satuan Kerja", ("Pelaporan kinerja unit/satuan kerja tepat waktu",)),
        )),
        ("Pengelolaan Akuntabilitas Kinerja", "ZI.AK.2", (
            ("Pemutakhiran Data kinerja di aplikasi E-Lapkin;",
             ("Terisinya aplikasi eLapkin", "Data e-Lapkin unit/satuan kerja termutakhir")),
            ("Pelatihan SDM pengelola Akuntabilitas Kinerja;",
             ("% jumlah pegawai pengelola akuntabilitas kinerja yang memperoleh pelatihan",)),
        )),
    ),
    "PW": (
        ("Pembangunan Zona Integritas di unit/satuan kerja", "ZI.MP.2", (
            ("Pencanangan Zona Integritas di Lingkungan Unit/ Satuan Kerja;",
             ("Terbentuknya Tim Zona integritas; Di Tandatanganinya Piagam integritas oleh para pihak",)),
            ("Penyusunan Rencana Aksi Zona Integritas di Lingkungan Unit/ Satuan Kerja",
             ("Adanya Rencana kerja Zona Integritas yang sudah dilegalkan.",)),
            ("Pengisian Lembar Kerja Evaluasi Zona Integritas (LKE ZI)", ("Terisinya LKE ZI; dan",)),
        )),
        ("Pelaksanaan pengendalian Gratifikasi KPU", "ZI.PW.1", (
            ("Pembentukan Unit Pengendali Gratifikasi (UPG)", ("Adanya UPG di Lingkungan unit/satuan "
                                                               "kerja",)),
            ("Pembangunan komitmen dan Diseminasi atas peraturan gratifikasi;",
             ("Adanya alat sosialisasi di lingkungan unit/satuan kerja.",
              "Adanya sosialisasi gratifikasi di lingkungan unit/satuan kerja; dan")),
            ("Public Campaign Anti Gratifikasi;", ("Adanya alat sosialisasi anti gratifikasi kepada "
                                                   "stakeholder "
                                                   "eksternal;",)),
        )),
        ("Pelaksanaan Whistle Blowing System KPU", "ZI.PW.4", (
            ("Pembangunan aplikasi Whistle Blowing System di Lingkungan Unit/Satuan Kerja",
             ("Tersedianya aplikasi WBS yang bisa diakses oleh publik", "Adanya SOP WBS")),
            ("Pengelolaan WBS di lingkungan Unit/Satuan Kerja", ("Prosentase Pengaduan WBS selesai "
                                                                 "ditindaklanjuti",)),
        )),
        ("Pelaksanaan pemantauan benturan kepentingan KPU", "ZI.PW.5", (
            ("Identifikasi Benturan Kepentingan di lingkungan Unit/Satuan Kerja.",
             ("Potensi-potensi yang dapat menimbulkan benturan kepentingan dari pelaksanaan tugas dan "
              "fungsi",)),
            ("Penandatanganan Surat Pernyataan Benturan Kepentingan bagi Anggota dan ASN",
             ("% Penandatangan surat pernyataan benturan kepentingan;",)),
        )),
        ("Peningkatan SPIP di lingkungan unit/satuan kerja", "ZI.PW.2", (
            ("Pembangunan Sistem Pengendalian Intern Pemerintah (SPIP) di lingkungan Unit/Satuan Kerja",
             ("Adanya tim SPIP pada satuan kerja",)),
            ("Pelaksanaan SPIP: 1) Lingkungan pengendalian 2) Penilaian risiko 3) Kegiatan pengendalian",
             ("Terselenggaranya: 1) Lingkungan pengendalian 2) Penilaian risiko 3) Kegiatan pengendalian",)),
        )),
        ("Penanganan Pengaduan masyarakat KPU", "ZI.PW.3", (
            ("Pembangunan Sistem Pengaduan masyarakat di Lingkungan Unit/Satuan kerja",
             ("Tersedianya Sarana penyampaian pengaduan,", "Adanya pejabat yang mengelola pengaduan;")),
            ("Pengelolaan Pengaduan Masyarakat di Lingkungan Unit/Satuan kerja;",
             ("Prosentase Pengaduan Masyarakat selesai ditindaklanjuti",)),
        )),
        ("Peningkatan Integritas Individu", None, (
            ("Penyampaian LHKPN", ("100% seluruh wajib lapor LHKPN di lingkungan Unit/Satuan Kerja",)),
            ("Penyampaian LHKASN", ("100% LHKASN di lingkungan Unit/Satuan Kerja",)),
        )),
    ),
    "PP": (
        ("Penguatan pelayanan prima di lingkungan unit/satuan kerja", "ZI.PP.1", (
            ("Memetakan jenis-jenis/ produk-produk pelayanan Administrasi Internal Kesekretariatan",
             ("Informasi jenis-jenis atau produk-produk layanan di lingkungan unit/satuan kerja",)),
            ("Melakukan evaluasi terhadap jenis-jenis layanan terhadap 14 komponen standar pelayanan",
             ("Sudah adanya maklumat pelayanan di lingkungan unit/satuan kerja",
              "Indeks Kepuasan layanan yang di dapat melalui survei pelayanan;",
              "Adanya inovasi pelayanan yang dirasakan manfaatnya oleh stakeholder internal")),
        )),
        ("Mendorong Inovasi di sektor pelayanan kepemiluan dan administrasi", "ZI.PP.2", (
            ("Menciptakan/Melakukan deregulasi pelayanan/ menerapkan Inovasi yang mendorong perbaikan "
             "pelayanan",
             ("Indeks Kepuasan layanan yang di dapat melalui survei pelayanan;",
              "Adanya regulasi/deregulasi kebijakan pelayanan;", "Adanya SOP Pelayanan",
              "Tersedianya pelayanan berbasis teknologi informasi")),
            ("Upaya mendorong replikasi inovasi yang berdampak baik pada pelayanan ke unit kerja/satuan "
             "kerja",
             ("Adanya sosialisasi inovasi", "Benchlearning dari unit/satker lain terkait hasil inovasi")),
        )),
        ("Pembangunan Zona Hijau Pelayanan Publik", "ZI.PP.3", (
            ("Membangun dan menerapkan variabel dan indikator Zona Hijau Pelayanan Publik",
             ("Tersedianya Standar Pelayanan sesuai amanat UU", "Tersedianya Maklumat Pelayanan",
              "Tersedianya sarana pengaduan berikut prosedur, petugas dan dokumentasi pengaduan")),
        )),
        ("Penerapan partisipasi publik dalam pelayanan publik;", "ZI.PP.4", (
            ("Pembangunan Kerja Sama Pelibatan masyarakat dalam kegiatan pemilu",
             ("Pelaksanaan survei kepuasan masyarakat dan tindak lanjut hasilnya",)),
        )),
    ),
}
