"""Row texts for the ZI layouts, taken from the seed decrees and labelled with catalogue ids.

Placeholders: {satker} (e.g. "KPU Kabupaten Lombok Timur"), {prov} (the parent KPU Provinsi),
{tahun}, {tahun_lalu}. Each indicator carries komponen spellings, lotim/tambrauw style items
(indikator, langkah aksi, bukti fisik), sumbawa style sub kegiatan and mataram style
(program, rencana aksi) pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

AREA_TITLES: dict[str, tuple[str, ...]] = {
    "MP": ("PEMBANGUNAN UNIT KERJA UNTUK MEMPEROLEH PREDIKAT MENUJU WBK/WBBM KPU", "MANAJEMEN PERUBAHAN",
           "Pembangunan unit kerja untuk memperoleh predikat WBK/WBBM KPU"),
    "TL": ("PENATAAN TATA LAKSANA", "Penataan Tata Laksana", "PENATAAN TATALAKSANA"),
    "SDM": ("PENATAAN SISTEM MANAJEMEN SDM", "Penataan Sistem Manajemen SDM",
            "PENATAAN SISTEM MANAJEMEN SUMBER DAYA MANUSIA"),
    "AK": ("PENGUATAN AKUNTABILITAS", "Penguatan Akuntabilitas", "PENGUATAN AKUNTABILITAS KINERJA"),
    "PW": ("PENGUATAN PENGAWASAN", "Penguatan Pengawasan"),
    "PP": ("PENINGKATAN KUALITAS PELAYANAN PUBLIK", "Peningkatan Kualitas Pelayanan Publik"),
}

AREA_NAMES: dict[str, str] = {
    "MP": "Manajemen Perubahan", "TL": "Penataan Tatalaksana", "SDM": "Penataan Sistem Manajemen SDM",
    "AK": "Penguatan Akuntabilitas Kinerja", "PW": "Penguatan Pengawasan",
    "PP": "Peningkatan Kualitas Pelayanan Publik",
}

PJ_TEAMS: dict[str, str] = {
    "MP": "Tim Manajemen Perubahan", "TL": "Tim Penguatan Tata Laksana",
    "SDM": "Tim Sistem Manajemen Sumber Daya Manusia", "AK": "Tim Penguatan Akuntabilitas",
    "PW": "Tim Pengawasan", "PP": "Tim Peningkatan Kualitas Pelayanan Publik",
}


@dataclass(frozen=True)
class Indicator:
    """One ZI indicator with the ways decrees phrase it."""

    id: str
    komponen: tuple[str, ...]
    items: tuple[tuple[str, str, str], ...]
    subs: tuple[str, ...] = ()
    programs: tuple[tuple[str, str], ...] = ()

    @property
    def area(self) -> str:
        return self.id.split(".")[1]


_I = Indicator
ZI: tuple[Indicator, ...] = (
    _I("ZI.MP.1", ("Tim Kerja", "Penyusunan Tim Kerja", "Tim Kerja Zona Integritas"), (
        ("Menerbitkan SK Tim Kerja/ Kelompok Kerja",
         "Membentuk Tim Kerja/Kelompok Kerja ZI pada tahun {tahun} dengan anggota Komisioner dan Jajaran "
         "Sekretariat {satker}",
         "SK Tim Kerja ZI tahun {tahun}/ Kelompok Kerja yang ditanda tangani oleh Ketua {satker}; dan "
         "Prosedur Pemilihan Tim Kerja ZI"),
        ("Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas",
         "Mengevaluasi Tim Kerja/ Kelompok Kerja ZI tahun sebelumnya",
         "Notulen rapat pemilihan anggota tim dan daftar hadir"),
    ), ("Pembentukan Tim Kerja Zona Integritas/Penanggungjawab Zona Integritas pada {satker};",
        "Pelaksanaan tugas sesuai Rencana Kerja Tim Kerja Zona Integritas/Penanggungjawab Zona Integritas;",
        "Evaluasi dan tindak lanjut atas pelaksanaan rencana kerja Tim Zona Integritas."),
        (("Penyusunan Tim Kerja", "Membentuk Tim ZI menuju WBK/WBBM melalui SK Ketua {satker}"),)),
    _I("ZI.MP.2", ("Dokumen Rencana Aksi", "Rencana Pembangunan Zona Integritas",
                  "Road Map Pembangunan Zona Integritas"), (
        ("Dokumen Rencana Aksi pembangunan ZI telah disusun dan disosialisasikan",
         "Penyusunan dokumen rencana aksi pembangunan ZI, mensosialisasikan ke seluruh pegawai dan melalui "
         "Tatap muka, website dan melalui media sosial yang dimiliki oleh {satker}",
         "Dokumen rencana aksi dipublikasikan melalui rapat, website dan Media Sosial {satker}"),
        ("Dalam dokumen pembangunan terdapat target-target prioritas yang relevan",
         "Menetapkan target prioritas pembangunan ZI tahun {tahun}",
         "Dokumen target prioritas dan notulen rapat"),
    ), ("Penyusunan Rencana Kerja Pembangunan Zona Integritas Unit Kerja;",
        "Sosialisasi/Internalisasi road map/Rencana Kerja Zona Integritas unit kerja kepada anggota "
        "organisasi;",
        "Penyajian Rencana Kerja Zona Integritas sesuai prioritas perbaikan, target waktu, penanggungjawab "
        "dan telah diformalkan serta selaras dengan Road Map."),
        (("Rencana Pembangunan ZI", "Menyusun dokumen rencana pembangunan ZI, memuat target prioritas, serta "
          "sosialisasi internal/eksternal"),)),
    _I("ZI.MP.3", ("Pemantauan dan Evaluasi Pembangunan WBK/WBBM", "Pemantauan dan Evaluasi"), (
        ("Timeline pemantauan dan evaluasi pembangunan WBK/WBBM (persemester/ pertriwulan)",
         "Rapat evaluasi pembangunan ZI persemester atau pertriwulan",
         "Undangan rapat, daftar hadir, lembar monev ZI, bukti pelaksanaan dan tindak lanjut"),
        ("Hasil Monitoring dan Evaluasi telah ditindaklanjuti",
         "Menindaklanjuti rekomendasi hasil monitoring dan evaluasi pembangunan ZI",
         "Laporan tindak lanjut hasil monev ZI"),
    ), ("Pelaksanaan PMPRB oleh Asesor sesuai dengan ketentuan yang berlaku;",
        "Para asesor mencapai konsensus atas pengisian kertas kerja sebelum menetapkan nilai PMPRB;",
        "Penyampaian Rencana aksi tindak lanjut (RATL) dan hasil RATL dilaksanakan;",
        "Pemantauan dan evaluasi pelaksanaan rencana kerja oleh Penanggungjawab ZI internal unit kerja."),
        (("Pemantauan dan Evaluasi", "Monitoring dan evaluasi berkala pembangunan ZI, tindak lanjut hasil "
          "evaluasi"),)),
    _I("ZI.MP.4", ("Perubahan Pola Pikir dan Budaya Kerja",), (
        ("Para Pimpinan berperan sebagai role model dalam pelaksanaan pembangunan WBK/WBBM",
         "Pimpinan memberi teladan dengan mengisi/ mencatat kehadiran setiap hari seperti pegawai lain",
         "Daftar hadir, Banner Budaya Kerja"),
        ("Telah menetapkan agen perubahan.", "Menetapkan SK Tim Agen Perubahan", "SK Tim Agen Perubahan"),
        ("Telah dibangun budaya kerja dan pola pikir di lingkungan organisasi",
         "Sosialisasi nilai-nilai dasar organisasi dan budaya kerja kepada seluruh pegawai",
         "Foto kegiatan, daftar hadir dan materi sosialisasi"),
    ), ("Keterlibatan pimpinan unit kerja secara aktif dan berkelanjutan dalam pelaksanaan pembangunan "
        "Zona Integritas;",
        "Pembentukan agent of change ataupun role model untuk menggerakkan unit kerja dalam melakukan "
        "perubahan."),
        (("Perubahan Pola Pikir dan Budaya Kerja", "Menetapkan role model, memilih agen perubahan, "
          "sosialisasi budaya kerja baru"),)),
    _I("ZI.TL.1", ("Prosedur Operasional tetap (SOP) kegiatan utama", "SOP", "dan Prosedur Operasional "
                                                                            "tetap (SOP)"), (
        ("SOP telah mengacu pada proses bisnis instansi dan dipahami seluruh pegawai SOP telah dievaluasi",
         "1) Seluruh pegawai telah mengetahui SOP yang telah ditetapkan; 2) SOP tersedia diruang pelayanan; "
         "3) Melaksanakan evaluasi dokumen SOP",
         "1) Sosialisasi SOP Alur Kerja {satker} 2) Screenshoot/foto ketersediaan SOP 3) Laporan rapat "
         "evaluasi SOP"),
        ("Prosedur Operasional Tetap (SOP) telah diterapkan", "Penerapan SOP pada seluruh kegiatan utama",
         "Dokumen SOP dan bukti penerapan"),
    ), ("Penerapan Prosedur operasional tetap (SOP)",),
        (("SOP", "Penyusunan, penerapan, serta reviu/perbaikan SOP sesuai peta bisnis KPU"),)),
    _I("ZI.TL.2", ("E-Office Pemanfaatan aplikasi presensi", "Sistem Pemerintahan Berbasis Elektronik (SPBE)",
                  "E- Office pemanfaatan aplikasi presensi"), (
        ("Operasionalisasi manajemen SDM sudah menggunakan teknologi informasi",
         "Surat Edaran KPU terkait Jam Kerja ASN KPU",
         "- Presensi absensi ASN dengan finger print - Dokumentasi Kegiatan - Absensi setiap bulan"),
        ("Pemberian pelayanan kepada publik sudah menggunakan teknologi informasi",
         "Aplikasi terkait pelayanan publik dalam pelaksanaan tahapan pemilihan",
         "Screenshot Aplikasi JDIH, PPID, RPP {satker}, website dan Media sosial {satker}."),
        ("Pemanfaatan Teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan "
         "Pemanfaatan IT telah dilakukan secara berkala",
         "Melakukan monev pemanfaatan IT pada Laporan Kinerja secara berkala",
         "Laporan evaluasi monev aplikasi SMART dan E-Monev Bappenas"),
    ), ("Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih "
        "cepat dan efisien.",
        "Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan internal organisasi "
        "yang lebih cepat dan efisien."),
        (("SPBE", "Penguatan TI untuk kinerja, manajemen SDM, dan layanan publik"),)),
    _I("ZI.TL.3", ("Keterbukaan Informasi Publik",), (
        ("Kebijakan informasi publik telah sesuai dengan peraturan perundang-undangan",
         "1) {satker} menerapkan keterbukaan informasi publik 2) {satker} menyediakan informasi publik "
         "secara "
         "jelas, akurat dan tepat waktu",
         "Dokumen-dokumen kepemiluan yang dapat diakses oleh publik melalui PPID maupun secara online "
         "melalui "
         "e-PPID, piagam-piagam penghargaan"),
        ("Monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik",
         "Melakukan rapat monitoring/ evaluasi terkait keterbukaan informasi pada {satker}",
         "Laporan Monev terkait keterbukaan informasi"),
    ), ("Kebijakan pimpinan tentang keterbukaan informasi publik;",
        "Melakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik."),
        (("Keterbukaan Informasi Publik", "Penerapan kebijakan keterbukaan informasi publik serta monitoring "
          "dan evaluasi"),)),
    _I("ZI.SDM.1", ("Perencanaan Kebutuhan Pegawai Sesuai dengan kebutuhan", "Perencanaan Kebutuhan Pegawai",
                   "Perencanaan kebutuhan pegawai sesuai dengan kebutuhan organisasi"), (
        ("Kebutuhan pegawai yang disusun oleh unit kerja mengacu kepada peta jabatan",
         "Menyusun analisa kebutuhan pegawai",
         "- Surat usulan Kebutuhan Pegawai - Peta Jabatan pada {satker}"),
        ("Penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun "
         "perjabatan",
         "Penempatan Formasi CPNS, atau upaya pengajuan pegawai baru/dokumen usulan ke Sekjen KPU RI melalui "
         "{prov}",
         "Dokumen Pemetaan Jabatan, SK Penempatan Personil, SK Mutasi"),
        ("Monitoring dan evaluasi Terhadap penempatan pegawai rekrutmen untuk memenuhi kebutuhan jabatan",
         "Evaluasi kinerja PNS, Dokumen Rekrutmen PPNPN, Laporan PPNPN setiap bulan",
         "Dokumen Evaluasi kinerja PNS, Dokumen Rekrutmen PPNPN"),
    ), ("Perhitungan kebutuhan pegawai sesuai kebutuhan unit kerja;",
        "Pelaksanaan analisis jabatan dan analisis beban kerja",
        "Pelaksanaan analisis jabatan dan analisis beban kerja sesuai kebutuhan unit kerja dan selaras "
        "dengan "
        "kinerja utama."),
        (("Perencanaan Kebutuhan Pegawai", "Menyusun rencana kebutuhan pegawai sesuai peta jabatan dan "
          "analisis beban kerja"),)),
    _I("ZI.SDM.2", ("Pola Mutasi Internal",), (
        ("Menetapkan kebijakan pola rotasi internal", "Melakukan rotasi internal", "SK Mutasi"),
        ("Menerapkan kebijakan pola rotasi internal", "Melaksanakan pola rotasi", "SK Promosi/ Rotasi "
                                                                                  "Jabatan"),
        ("Monitoring dan evaluasi terhadap kebijakan pola rotasi internal",
         "1) Melakukan monitoring dan evaluasi oleh Baperjakat 2) Melakukan efektifitas penempatan pegawai",
         "Laporan monitoring efektifitas penempatan pegawai"),
    ), ("Penetapan kebijakan pola mutasi internal;", "Monitoring dan evaluasi pelaksanaan mutasi."),
        (("Pola Mutasi Internal", "Menyusun dan menerapkan kebijakan pola mutasi internal, monitoring dan "
          "evaluasi"),)),
    _I("ZI.SDM.3", ("Pengembangan Pegawai Berbasis Kompetensi", "Pengembangan pegawai berbasis kompetensi"), (
        ("Unit kerja melakukan training need analysis untuk pengembangan kompetensi",
         "Analisa Kebutuhan diklat fungsional tertentu dan fungsional umum",
         "Usulan diklat/ bimtek dari {satker} ke {prov}"),
        ("Penyusunan rencana pengembangan kompetensi pegawai sudah mempertimbangkan hasil pengelolaan "
         "kinerja "
         "pegawai",
         "Rapat Pembahasan kebutuhan, pendidikan dan pelatihan, bimtek pegawai",
         "Usulan diklat/ bimtek dari {satker} ke {prov}"),
        ("Pegawai di unit kerja telah memperoleh kesempatan/ hak untuk mengikuti diklat maupun pengembangan "
         "kompetensi lainnya",
         "Menyusun rekapitulasi pegawai yang telah mengikuti diklat",
         "Rekapitulasi pegawai yang mengikuti diklat dan diklat yang telah diikuti"),
        ("Monitoring dan evaluasi terhadap hasil pengembangan kompetensi",
         "Melakukan monev terhadap kegiatan pendidikan dan pelatihan yang telah diikuti",
         "Formulir monitoring efektifitas pendidikan dan pelatihan"),
    ), ("Identifikasi kebutuhan kompetensi",
        "Pengembangan pegawai berbasis kompetensi sesuai dengan rencana dan kebutuhan"),
        (("Pengembangan Pegawai Berbasis Kompetensi", "Training Need Analysis, rencana pengembangan "
          "kompetensi, serta pelatihan"),)),
    _I("ZI.SDM.4", ("Penetapan Kinerja Individu",), (
        ("Terdapat penetapan kinerja individu yang terkait dengan kinerja organisasi",
         "Menetapkan Perjanjian Kinerja Eselon III dan IV tahun {tahun} dan Sasaran Kinerja Pegawai",
         "Perjanjian Kinerja Eselon III dan IV tahun {tahun}, Sasaran Kinerja Pegawai tahun {tahun}"),
        ("Ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja level atasan",
         "Penilaian SKP tahun {tahun_lalu} dan Penetapan Perjanjian Kinerja tahun {tahun}",
         "SKP Tahun {tahun_lalu} dan PK tahun {tahun}"),
        ("Pengukuran kinerja individu dilakukan secara tahunan", "Melakukan pengukuran kinerja pada "
                                                                 "setiap level",
         "Hasil pengukuran kinerja tahunan"),
        ("Hasil penilaian kinerja individu telah dijadikan dasar untuk pemberian reward",
         "Menyusun mekanisme Penilaian Pegawai berprestasi, Tim Penilai, Kriteria yang jelas",
         "Penetapan pegawai berprestasi"),
    ), ("Penerapan penetapan kinerja individu", "Penilaian kinerja individu yang terkait dengan kinerja "
                                                "organisasi",
        "Pengukuran kinerja individu sesuai dengan indikator kinerja individu level di atasnya.",
        "Pelaksanaan pengukuran kinerja individu secara periodik",
        "Monitoring dan evaluasi atas pencapaian kinerja individu"),
        (("Penetapan Kinerja Individu", "Penetapan kinerja individu, evaluasi, dan pemberian reward"),)),
    _I("ZI.SDM.5", ("Penegakan aturan kode etik dan aturan perilaku pegawai", "Penegakan Disiplin/Kode Etik",
                   "Penegakan aturan disiplin /kode etik/kode perilaku"), (
        ("Aturan kode etik dan aturan perilaku pegawai telah dilaksanakan/ diimplementasikan",
         "Kode etik dan aturan perilaku pegawai sudah disosialisasikan kepada seluruh pegawai",
         "Laporan pelaksanaan sosialisasi kode etik dan rekapitulasi tunjangan kinerja pegawai"),
    ), ("Aturan disiplin/kode etik/kode perilaku instansi telah ditetapkan dan diimplementasikan.",
        "Monitoring dan evaluasi atas pelaksanaan aturan disiplin/kode etik/kode perilaku"),
        (("Penegakan Disiplin/Kode Etik", "Penerapan aturan disiplin/kode etik/kode perilaku"),)),
    _I("ZI.SDM.6", ("Sistem Informasi Kepegawaian",), (
        ("Data Informasi Kepegawaian unit kerja telah dimutakhirkan secara berkala",
         "Pemutakhiran informasi Kepegawaian", "Data nominatif pegawai per bulan"),
    ), ("Sistem informasi kepegawaian dapat diakses oleh pegawai",),
        (("Sistem Informasi Kepegawaian", "Pemutakhiran data kepegawaian secara berkala"),)),
    _I("ZI.AK.1", ("Keterlibatan pimpinan", "Keterlibatan Pimpinan"), (
        ("Pimpinan terlibat secara langsung pada saat penyusunan Perencanaan",
         "Sekretaris {satker} memberikan pengarahannya dan menandatangani RKKL {tahun}", "RKKL {tahun}"),
        ("Pimpinan terlibat secara langsung pada saat penyusunan penetapan kinerja",
         "Sekretaris {satker} terlibat dalam penyusunan RENSTRA, Rencana Kerja Tahunan, Dokumen Indikator "
         "Kinerja Utama, dan LAKIP",
         "Dokumen RENSTRA KPU, Dokumen RKT KPU, Dokumen IKU KPU, dan Dokumen LAKIP {satker}"),
        ("Pimpinan memantau pencapaian kinerja secara berkala",
         "Menyusun monitoring dan evaluasi akuntabilitas kinerja yang disahkan Pimpinan",
         "Laporan rapat evaluasi capaian kinerja, Laporan Capaian Kinerja"),
    ), ("Keterlibatan pimpinan unit kerja secara langsung pada saat penyusunan RENSTRA",
        "Pimpinan unit kerja terlibat secara langsung pada saat penyusunan Penetapan Kinerja",
        "Pimpinan unit kerja memantau pencapaian kinerja secara berkala",
        "Pimpinan unit kerja memahami kinerja yang diperjanjikan di setiap tahun"),
        (("Keterlibatan Pimpinan", "Keterlibatan pimpinan dalam perencanaan, penetapan kinerja, monitoring "
          "capaian"),)),
    _I("ZI.AK.2", ("Pengelolaan Akuntabilitas Kinerja",), (
        ("Dokumen perencanaan sudah ada", "Menyusun Renstra RKT, Penetapan Kinerja",
         "Renstra KPU, RKT, Penetapan Kinerja {satker}"),
        ("Dokumen perencanaan telah Berorientasi hasil", "Menyusun IKU di RENSTRA", "Renstra, RKT, "
                                                                                    "Penetapan Kinerja"),
        ("Terdapat Indikator Kinerja Utama (IKU) dan indikator kinerja telah SMART", "Menyusun RENSTRA, "
                                                                                     "RKT, RKA",
         "Renstra, RKT, RKA"),
        ("Laporan kinerja telah disusun tepat waktu", "Menyusun LAKIP {tahun_lalu}",
         "LAKIP {satker} tahun {tahun_lalu} tepat waktu"),
        ("Pelaporan kinerja telah memberikan informasi tentang kinerja", "Menyusun LAKIP {tahun_lalu}",
         "LAKIP {satker} tahun {tahun_lalu} tepat waktu"),
        ("terdapat upaya peningkatan kapasitas SDM yang menangani akuntabilitas kinerja",
         "Menyusun LAKIP {tahun_lalu}", "Draft dan dokumentasi rapat penyusunan LAKIP {tahun_lalu}"),
    ), ("Usaha untuk meningkatkan kapasitas SDM yang menangani akuntabilitas kinerja",
        "Pemutakhiran data kinerja dilakukan secara berkala"),
        (("Pengelolaan Akuntabilitas Kinerja", "Penyusunan dokumen perencanaan berbasis hasil, laporan "
                                               "kinerja "
          "tepat waktu, peningkatan kapasitas SDM"),)),
    _I("ZI.PW.1", ("Pengendalian Gratifikasi", "Pengendalian Gratifikasi mensosialisasikan", "Gratifikasi"), (
        ("Public Campaign tentang pengendalian gratifikasi telah dilakukan",
         "Memasang poster tentang gratifikasi di lingkungan {satker}",
         "SK Unit Pengendalian Gratifikasi, Spanduk dan Foto"),
        ("Pengendalian Gratifikasi telah diimplementasikan",
         "Membuat Tim Unit Pengendalian Gratifikasi, memasang baliho, spanduk, roll banner di lingkungan "
         "Sekretariat {satker}",
         "SK Unit Pengendalian Gratifikasi, baliho, spanduk, roll banner, dan foto"),
    ), ("Pelaksanaan public campaign secara berkala", "Implementasi penanganan gratifikasi",
        "Evaluasi atas kebijakan penanganan gratifikasi",
        "Tindak lanjut hasil evaluasi atas penanganan gratifikasi"),
        (("Pengendalian Gratifikasi", "Public campaign dan implementasi pengendalian gratifikasi"),)),
    _I("ZI.PW.2", ("Penerapan SPIP", "SPIP"), (
        ("Pengendalian internal telah dibangun di lingkungan {satker}",
         "Pembangunan Lingkungan Pengendalian pada {satker}", "Kartu Kendali SPIP"),
        ("Telah dilakukan penilaian risiko atas pelaksanaan kebijakan",
         "Membuat penilaian risiko atas pelaksanaan Kebijakan", "Penilaian risiko atas pelaksanaan "
                                                                "kebijakan"),
        ("Telah dilakukan kegiatan pengendalian untuk meminimalisir risiko yang telah diidentifikasi",
         "Rencana Tindak Pengendalian", "Dokumen Rencana Tindak Pengendalian"),
        ("SPI telah di informasikan dan dikomunikasikan kepada seluruh pihak",
         "Rapat Monitoring dan Evaluasi Rencana Tindak Pengendalian",
         "Dokumentasi Rapat, Undangan, Daftar Hadir, dan Notulensi"),
    ), ("Identifikasi lingkungan pengendalian", "Pelaksanaan penilaian risiko unit kerja",
        "Pelaksanaan kegiatan pengendalian untuk meminimalisir risiko yang telah diidentifikasi",
        "Penyampaian informasi dan komunikasi tentang Sistem Pengendalian Internal (SPI) kepada seluruh "
        "pihak "
        "terkait.",
        "Pemantauan pengendalian intern", "Evaluasi dan Penerapan SPI pada unit kerja"),
        (("SPIP", "Membangun lingkungan pengendalian, penilaian risiko, sosialisasi SPIP"),)),
    _I("ZI.PW.3", ("Pengaduan Masyarakat",), (
        ("Kebijakan pengaduan masyarakat telah diimplementasikan",
         "Melakukan Sosialisasi mengenai Implementasi Pengaduan Masyarakat yang dilakukan oleh pegawai "
         "{satker}",
         "Banner Saluran Penyampaian Pengaduan Masyarakat melalui Website (link Dumas)"),
        ("Hasil penanganan Pengaduan masyarakat telah ditindaklanjuti",
         "Memberikan tanggapan/ tindaklanjut atas Pengaduan masyarakat", "Bukti tanggapan"),
        ("Telah dilakukan monitoring dan evaluasi atas penanganan pengaduan masyarakat",
         "Menyusun monitoring dan evaluasi atas penanganan masyarakat",
         "Laporan evaluasi dalam bentuk rekapitulasi"),
    ), ("Tindak lanjut hasil penanganan pengaduan masyarakat", "Evaluasi atas penanganan pengaduan "
                                                               "masyarakat",
        "Tindak lanjut hasil evaluasi atas penanganan pengaduan masyarakat"),
        (("Pengaduan Masyarakat", "Menerapkan dan menindaklanjuti pengaduan masyarakat, evaluasi "
                                  "penanganan"),)),
    _I("ZI.PW.4", ("Whistle Blowing System",), (
        ("WhistleBlowing System sudah di internalisasikan dan diterapkan",
         "Mensosialisasikan pedoman pelaksanaan Whistleblowing System, serta sosialisasi tatacara "
         "penyampaian "
         "WBS di {satker}",
         "Banner Saluran Penyampaian WBS"),
        ("Whistle Blowing System telah diterapkan", "Implementasi Whistleblowing System",
         "Laporan hasil rapat WBS internal {satker}"),
        ("Evaluasi atas penerapan Whistle Blowing System sudah dilakukan",
         "{satker} berkoordinasi dengan Inspektur KPU meminta untuk dilakukan evaluasi atas implementasi WBS",
         "Laporan evaluasi dalam bentuk rekapitulasi setiap triwulan"),
        ("Hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti",
         "Penerapan Rekomendasi hasil Evaluasi yang dilakukan Inspektorat",
         "Tabel rekapitulasi tindak lanjut penanganan WBS"),
    ), ("Sosialisasi Whistle Blowing System ke seluruh pegawai",),
        (("Whistle Blowing System", "Menerapkan, monitoring, evaluasi, dan tindak lanjut WBS"),)),
    _I("ZI.PW.5", ("Penanganan Benturan Kepentingan",), (
        ("Penanganan benturan kepentingan telah disosialisasikan/ internalisasi",
         "Melakukan sosialisasi terkait dengan Penanganan benturan Kepentingan dilingkungan {satker}",
         "Laporan rapat sosialisasi penanganan Benturan Kepentingan"),
        ("Identifikasi/ pemetaan benturan kepentingan dalam tugas fungsi utama",
         "Tim ZI {satker} melakukan Identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama",
         "Matrik Identifikasi Benturan Kepentingan pada {satker}"),
        ("Penanganan benturan kepentingan telah di implementasikan",
         "Pencegahan dan Pelaporan Penanganan Benturan Kepentingan",
         "Surat Pernyataan Bebas Benturan Kepentingan, dan Surat Pernyataan Potensi Benturan Kepentingan "
         "(jika terdapat potensi)"),
        ("Telah dilakukan evaluasi atas penanganan benturan kepentingan",
         "Menyusun Evaluasi penanganan benturan kepentingan yang dilakukan {satker}",
         "Pelaksanaan monitoring dan evaluasi penanganan benturan kepentingan"),
        ("Hasil evaluasi atas penanganan benturan kepentingan telah ditindaklanjuti",
         "Menindak lanjuti hasil dan penanganan benturan Kepentingan",
         "Laporan monitoring dan evaluasi penanganan Benturan kepentingan"),
    ), ("Sosialisasi penanganan Benturan Kepentingan ke seluruh pegawai",
        "Implementasi penanganan Benturan Kepentingan", "Evaluasi atas Penanganan Benturan Kepentingan",
        "Tindak lanjut hasil evaluasi atas Penanganan Benturan Kepentingan"),
        (("Penanganan Benturan Kepentingan", "Identifikasi, sosialisasi, implementasi, serta evaluasi "
                                             "benturan "
          "kepentingan"),)),
    _I("ZI.PP.1", ("Standar Pelayanan",), (
        ("Terdapat kebijakan standar pelayanan", "Menyusun standar pelayanan publik", "Standar layanan "
                                                                                      "PPID dan RPP"),
        ("Standar pelayanan telah dimaklumkan", "Menyusun maklumat pelayanan", "Maklumat standar "
                                                                               "pelayanan publik"),
        ("Terdapat SOP bagi pelaksanaan standar pelayanan", "SOP tersedia diruang Pelayanan",
         "SOP diruang pelayanan dan Mudah diakses oleh semua orang"),
        ("Dilakukan reviu dan perbaikan atas standar pelayanan SOP", "Melaksanakan kaji ulang dokumen",
         "Perbaikan SOP"),
    ), ("Penetapan kebijakan standar pelayanan terhadap seluruh jenis pelayanan sesuai asas serta komponen "
        "standar pelayanan publik yang berlaku.",
        "Publikasi standar pelayanan telah dimaklumkan pada seluruh jenis pelayanan dan dipublikasikan "
        "minimal "
        "di website.",
        "Reviu dan perbaikan atas standar pelayanan dengan melibatkan stakeholders, serta memanfaatkan "
        "masukan "
        "hasil SKM dan pengaduan masyarakat."),
        (("Standar Pelayanan", "Menyusun, memaklumatkan, dan mempublikasikan standar pelayanan, reviu "
                               "berkala"),)),
    _I("ZI.PP.2", ("Budaya pelayanan prima", "Budaya Pelayanan Prima"), (
        ("Telah dilakukan sosialisasi/pelatihan dalam upaya penerapan Budaya Pelayanan Prima",
         "Melaksanakan sosialisasi penerapan budaya kerja melalui arahan Ketua pada rapat",
         "Daftar hadir notulen dokumen terkait"),
        ("Informasi tentang standar pelayanan mudah diakses melalui berbagai media",
         "Informasi tentang standar pelayanan yang tertera di website dan media sosial",
         "Halaman Website {satker} dan Media Sosial"),
        ("Telah terdapat sistem punishment(sanksi)/reward bagi pelaksana layanan serta pemberian kompensasi "
         "kepada penerima layanan bila layanan tidak sesuai standar",
         "Menetapkan Pegawai yang berprestasi untuk mendapatkan penghargaan", "Piagam Penghargaan"),
        ("Telah terdapat sarana layanan terpadu/ terintegrasi",
         "Pelayanan PPID dan Rumah Pintar Pemilu yang terintegrasi dalam 1 atap, dan helpdesk",
         "PPID dan Rumah Pintar Pemilu terintegrasi dalam 1 atap, buku tamu helpdesk"),
        ("Terdapat Inovasi pelayanan",
         "Membuat halaman Hoax Pemilu pada website KPU untuk mengklarifikasi informasi kepemiluan",
         "Halaman Hoax Pemilu pada website e-PPID, media sosial {satker}"),
    ), ("Usaha peningkatan kemampuan dan/atau kompetensi tentang penerapan budaya pelayanan prima melalui "
        "pelatihan/sosialisasi kepada seluruh pegawai.",
        "Informasi tentang pelayanan mudah diakses secara online melalui berbagai media (website/media "
        "sosial).",
        "Sistem pemberian kompensasi kepada penerima layanan bila layanan tidak sesuai standar.",
        "Inovasi pelayanan yang mendapatkan pengakuan secara nasional dan telah direplikasi oleh instansi "
        "lain."),
        (("Budaya Pelayanan Prima", "Sosialisasi/pelatihan budaya pelayanan prima, sistem reward and "
          "punishment, inovasi layanan"),)),
    _I("ZI.PP.3", ("Pengelolaan Pengaduan",), (
        ("Terdapat media pengaduan dan konsultasi pelayanan yang terintegrasi dengan SP4N-Lapor!",
         "Menyediakan kotak aduan dan kanal pengaduan online pada website {satker}",
         "Foto kotak aduan dan tangkapan layar kanal pengaduan online"),
        ("Telah dilakukan evaluasi atas penanganan keluhan/masukan dan konsultasi",
         "Menyusun evaluasi atas penanganan keluhan dan konsultasi", "Laporan evaluasi penanganan pengaduan"),
    ), ("Media pengaduan dan konsultasi pelayanan", "Unit yang mengelola pengaduan dan konsultasi pelayanan",
        "Tindak lanjut atas seluruh pengaduan pelayanan untuk perbaikan kualitas pelayanan",
        "Evaluasi atas penanganan keluhan/masukan dan konsultasi"),
        (("Pengelolaan Pengaduan", "Menyediakan media pengaduan terintegrasi dengan SP4N-Lapor, evaluasi "
          "keluhan"),)),
    _I("ZI.PP.4", ("Penilaian Kepuasan Pelayanan", "Penilaian kepuasan terhadap pelayanan"), (
        ("Dilakukan survey masyarakat terhadap pelayanan",
         "Melakukan survey kepuasan masyarakat terhadap pelayanan Helpdesk dan PPID", "Hasil Survey"),
        ("Hasil survey kepuasan masyarakat dapat diakses secara terbuka",
         "Menayangkan hasil survey kepuasan pelayanan melalui website {satker}", "Screenshot dari website"),
        ("Dilakukan tindak lanjut atas hasil survey kepuasan masyarakat",
         "Menindak lanjuti hasil survei kepuasan masyarakat",
         "Analisis survei kepuasan Masyarakat dan tindak lanjutnya"),
    ), ("Pelaksanaan survei kepuasan masyarakat terhadap pelayanan",
        "Hasil survei kepuasan masyarakat dapat diakses secara terbuka",
        "Tindak lanjut atas hasil survei kepuasan masyarakat"),
        (("Penilaian Kepuasan Masyarakat", "Melaksanakan survei kepuasan masyarakat dan tindak lanjut hasil "
          "survei"),)),
    _I("ZI.PP.5", ("Pemanfaatan Teknologi Informasi",), (
        ("Telah menerapkan teknologi informasi dalam memberikan pelayanan",
         "Layanan e-PPID, JDIH, Aplikasi Lindungi Hakmu yang terintegrasi dalam satu website {satker}",
         "Tangkapan layar Layanan e-PPID, JDIH, Aplikasi Lindungi Hakmu"),
        ("Telah membangun database pelayanan yang terintegrasi",
         "Membuat Digitalisasi Data Hasil Pemilu dan Pemilihan",
         "Undangan Rakor, Foto, daftar Hadir, Notulen dan Tangkapan layar website"),
    ), ("Penerapan teknologi informasi dalam pelayanan", "Perbaikan layanan berbasis TI secara terus "
                                                         "menerus"),
        (("Pemanfaatan Teknologi Informasi", "Penerapan TI dalam pelayanan, database pelayanan terintegrasi, "
          "perbaikan berkala"),)),
)

# Sub kegiatan that copy the LKE question of a reform indicator belong to it, as seed 001's rows are labelled
SUB_IDS: dict[str, str] = {
    "Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih cepat "
    "dan efisien.": "ZI.TL.R2",
    "Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan internal organisasi yang "
    "lebih cepat dan efisien.": "ZI.TL.R2",
}

KET_TEXTS = ("", "", "", "", "Tim ZI", "Subbag Umum", "Subbag Hukum dan SDM", "Subbag Program dan Data",
             "Subbag Teknis dan Hupmas", "Sekretaris", "Rutin", "Berkala")
