<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <location filename="../../services/script_export.py" line="60"/>
        <source>Seri</source>
        <comment>Series</comment>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="61"/>
        <source>Tanggal</source>
        <comment>Date</comment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="62"/>
        <source>Versi naskah</source>
        <comment>Script version</comment>
        <translation>Script version</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="63"/>
        <source>Status persetujuan</source>
        <comment>Approval</comment>
        <translation>Approval status</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="65"/>
        <source>Durasi perkiraan</source>
        <comment>Estimated length</comment>
        <translation>Estimated length</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="74"/>
        <source>Disetujui oleh</source>
        <comment>Approved by</comment>
        <translation>Approved by</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/script_export.py" line="79"/>
        <source>Disetujui oleh: ______________________    Tanggal: ____________    Tanda tangan: ______________</source>
        <comment>Approved by: ______________________    Date: ____________    Signature: ______________</comment>
        <translation>
            <numerusform>Approved by: ______________________    Date: ____________    Signature: ______________</numerusform>
            <numerusform>Approved by: ______________________    Date: ____________    Signature: ______________</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="86"/>
        <source>No.</source>
        <comment>No.</comment>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="87"/>
        <location filename="../../services/storyboard_export.py" line="149"/>
        <source>Visual</source>
        <comment>Visual</comment>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="88"/>
        <location filename="../../services/storyboard_export.py" line="172"/>
        <source>Narasi</source>
        <comment>Narration</comment>
        <translation>Narration</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="89"/>
        <source>Teks layar</source>
        <comment>On-screen text</comment>
        <translation>On-screen text</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="90"/>
        <location filename="../../services/storyboard_export.py" line="143"/>
        <source>Durasi</source>
        <comment>Duration</comment>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="136"/>
        <source>Jenis</source>
        <comment>Type</comment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="137"/>
        <source>Sudut</source>
        <comment>Angle</comment>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="139"/>
        <source>Gerak</source>
        <comment>Move</comment>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="144"/>
        <source>{c.duration_s:.1f} dtk</source>
        <translation>{c.duration_s:.1f} s</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="146"/>
        <source>Lokasi</source>
        <comment>Location</comment>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="147"/>
        <source>Status</source>
        <comment>Status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="148"/>
        <source>Teks</source>
        <comment>Text</comment>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="170"/>
        <source>Belum ada gambar</source>
        <comment>No picture yet</comment>
        <translation>No picture yet</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="171"/>
        <source>Gambar hilang</source>
        <comment>Picture missing</comment>
        <translation>Picture missing</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="189"/>
        <source>Sisip shot</source>
        <translation>Insert shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="192"/>
        <source>Sisipkan shot baru sesudah shot ini</source>
        <translation>Insert a new shot after this one</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="195"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="195"/>
        <source>Tambah shot di akhir naskah</source>
        <translation>Add a shot at the end of the script</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="198"/>
        <source>Pisah</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="201"/>
        <source>Pisahkan narasi di posisi kursor menjadi dua shot</source>
        <translation>Split the narration at the cursor into two shots</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="204"/>
        <source>Gabung</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="204"/>
        <source>Gabungkan dengan shot berikutnya</source>
        <translation>Merge with the next shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="206"/>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="208"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="208"/>
        <source>Hapus shot ini</source>
        <translation>Delete this shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="210"/>
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="211"/>
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="213"/>
        <source>Adegan baru</source>
        <translation>New scene</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="213"/>
        <source>Mulai adegan baru di shot ini</source>
        <translation>Start a new scene at this shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="217"/>
        <source>Tempel naskah</source>
        <translation>Paste script</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="220"/>
        <source>Tempel naskah teks sebagai shot-shot baru</source>
        <translation>Paste a text script as new shots</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="222"/>
        <source>Impor teks…</source>
        <translation>Import text…</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="226"/>
        <source>Ekspor {0}</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="232"/>
        <source>Baru dari templat…</source>
        <translation>New from template…</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="233"/>
        <source>Proyek baru dari templat naskah</source>
        <translation>New project from a script template</translation>
    </message>
</context>
<context>
    <name>AnimaticPlayer</name>
    <message>
        <location filename="../storyboard/animatic_player.py" line="24"/>
        <source>Animatik</source>
        <translation>Animatic</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="34"/>
        <location filename="../storyboard/animatic_player.py" line="109"/>
        <location filename="../storyboard/animatic_player.py" line="123"/>
        <source>Putar (Spasi)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="37"/>
        <source>Menyiapkan bingkai…</source>
        <translation>Preparing frames…</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="75"/>
        <source>Menyiapkan bingkai… {0}%</source>
        <translation>Preparing frames… {0}%</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="93"/>
        <source>Kartu {0} dari {1} · {2:.1f} / {3:.1f} dtk</source>
        <translation>Card {0} of {1} · {2:.1f} / {3:.1f} s</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="118"/>
        <source>Jeda (Spasi)</source>
        <translation>Pause (Space)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app_controller.py" line="39"/>
        <source>Pilih folder ruang kerja lain</source>
        <translation>Choose another workspace folder</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="52"/>
        <source>Menyiapkan ruang kerja contoh…</source>
        <translation>Preparing the sample workspace…</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="52"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="96"/>
        <source>Pilih folder kosong untuk ruang kerja contoh</source>
        <translation>Choose an empty folder for the sample workspace</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="106"/>
        <source>Folder itu sudah berisi proyek; pilih folder kosong.</source>
        <translation>That folder already contains projects; choose an empty folder.</translation>
    </message>
</context>
<context>
    <name>BrandEditor</name>
    <message>
        <location filename="../brand/editor.py" line="113"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="114"/>
        <location filename="../brand/editor.py" line="297"/>
        <source>Warna</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="115"/>
        <location filename="../brand/editor.py" line="295"/>
        <source>Fon</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="116"/>
        <source>Kartu</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="117"/>
        <source>Subtitle</source>
        <translation>Subtitles</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="118"/>
        <source>Kunci</source>
        <translation>Locks</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="203"/>
        <source>Nama instansi</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="204"/>
        <source>Akun media sosial</source>
        <translation>Social media handle</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="205"/>
        <source>Ajakan penutup</source>
        <translation>Closing call to action</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="209"/>
        <location filename="../brand/editor.py" line="354"/>
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="211"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="212"/>
        <location filename="../brand/editor.py" line="352"/>
        <source>PNG transparan atau SVG</source>
        <translation>Transparent PNG or SVG</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="216"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="218"/>
        <source>Posisi logo</source>
        <translation>Logo position</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="220"/>
        <source>Lebar logo</source>
        <translation>Logo width</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="221"/>
        <source>Jarak dari tepi aman</source>
        <translation>Distance from safe edge</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="224"/>
        <source>Opasitas logo</source>
        <translation>Logo opacity</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="246"/>
        <source>Fon judul</source>
        <translation>Heading font</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="247"/>
        <source>Fon isi</source>
        <translation>Body font</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="250"/>
        <source>Berkas fon kit</source>
        <translation>Kit font files</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="251"/>
        <source>Tambah berkas fon (.ttf/.otf)…</source>
        <translation>Add font file (.ttf/.otf)…</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="255"/>
        <source>Fon bawaan (OFL): Inter, Lato. Fon yang tidak terpasang diganti Inter.</source>
        <translation>Bundled fonts (OFL): Inter, Lato. Fonts that are not installed are replaced with Inter.</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="273"/>
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="277"/>
        <source>Durasi</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="278"/>
        <source>Skala teks</source>
        <translation>Text scale</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="279"/>
        <source>Latar</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="280"/>
        <source>Warna teks</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="294"/>
        <source>Gaya siap pakai</source>
        <translation>Preset style</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="296"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="298"/>
        <source>Warna sorotan kata</source>
        <translation>Word highlight colour</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="299"/>
        <source>Garis tepi</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="300"/>
        <source>Warna garis tepi</source>
        <translation>Outline colour</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="301"/>
        <source>Garis dasar (y)</source>
        <translation>Baseline (y)</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="308"/>
        <source>Bagian yang dikunci tidak bisa diubah dari proyek; hanya dari brand kit.</source>
        <translation>Locked parts cannot be changed from a project, only from the brand kit.</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="346"/>
        <source>Dikunci oleh brand kit</source>
        <translation>Locked by the brand kit</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="350"/>
        <source>Logo diatur di brand kit</source>
        <translation>The logo is set in the brand kit</translation>
    </message>
</context>
<context>
    <name>BrandScreen</name>
    <message>
        <location filename="../brand/screen.py" line="70"/>
        <location filename="../brand/screen.py" line="384"/>
        <location filename="../brand/screen.py" line="386"/>
        <source>Kit baru</source>
        <translation>New kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="71"/>
        <source>Jadikan bawaan</source>
        <translation>Make default</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="72"/>
        <source>Hapus kit</source>
        <translation>Delete kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="74"/>
        <source>Impor .kilasbrand…</source>
        <translation>Import .kilasbrand…</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="75"/>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="77"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="78"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="85"/>
        <location filename="../brand/screen.py" line="95"/>
        <location filename="../brand/screen.py" line="576"/>
        <source>Brand kit</source>
        <translation>Brand kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="89"/>
        <source>Kit untuk proyek ini</source>
        <translation>Kit for this project</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="94"/>
        <source>Ubah:</source>
        <translation>Edit:</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="96"/>
        <source>Proyek ini</source>
        <translation>This project</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="164"/>
        <source>bawaan</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="166"/>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="210"/>
        <source> (berkas hilang)</source>
        <translation> (file missing)</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="263"/>
        <source>Ubah {0}</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="267"/>
        <source>Bagian ini dikunci oleh brand kit.</source>
        <translation>This part is locked by the brand kit.</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="291"/>
        <source>Gaya subtitle {0}</source>
        <translation>Subtitle style {0}</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="335"/>
        <source>Ubah kunci brand kit</source>
        <translation>Change brand kit locks</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="377"/>
        <source>Kit baru {0}</source>
        <translation>New kit {0}</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="385"/>
        <source>Nama brand kit:</source>
        <translation>Brand kit name:</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="404"/>
        <source>Hapus brand kit</source>
        <translation>Delete brand kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="412"/>
        <source>Jadikan kit bawaan</source>
        <translation>Make default kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="425"/>
        <source>Pilih kit proyek</source>
        <translation>Choose project kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="455"/>
        <source>Ganti logo</source>
        <translation>Replace logo</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="465"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="465"/>
        <source>Logo (*.png *.svg *.jpg *.jpeg *.webp)</source>
        <translation>Logo (*.png *.svg *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="472"/>
        <location filename="../brand/screen.py" line="485"/>
        <source>Tambah fon</source>
        <translation>Add font</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="472"/>
        <source>Fon (*.ttf *.otf)</source>
        <translation>Fonts (*.ttf *.otf)</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="502"/>
        <source>Brand kit diimpor.</source>
        <translation>Brand kit imported.</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="509"/>
        <source>Impor brand kit</source>
        <translation>Import brand kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="509"/>
        <location filename="../brand/screen.py" line="522"/>
        <source>Brand kit Kilas (*.kilasbrand)</source>
        <translation>Kilas brand kit (*.kilasbrand)</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="520"/>
        <source>Ekspor brand kit</source>
        <translation>Export brand kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="530"/>
        <source>Brand kit diekspor ke {0}</source>
        <translation>Brand kit exported to {0}</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="535"/>
        <source>Buka proyek untuk memeriksanya sebelum render.</source>
        <translation>Open a project to check it before rendering.</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="561"/>
        <source>Perbaiki: {0}</source>
        <translation>Fix: {0}</translation>
    </message>
</context>
<context>
    <name>CadencePanel</name>
    <message>
        <location filename="../calendar/cadence_panel.py" line="32"/>
        <source>Ritme unggah per minggu</source>
        <translation>Weekly upload rhythm</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="50"/>
        <source>Tayang</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="51"/>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="56"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="76"/>
        <source>minggu mulai tanggal ({0} – {1})</source>
        <translation>week starting ({0} – {1})</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="110"/>
        <source>‼ Lewat jadwal: “{0}” sudah disetujui tetapi belum tayang di {1} (jadwal {2}).</source>
        <translation>‼ Overdue: “{0}” is approved but not yet published on {1} (scheduled {2}).</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="114"/>
        <source>⚠ Tayang {0} di {1}: “{2}” masih berstatus {3}.</source>
        <translation>⚠ Publishing {0} on {1}: “{2}” is still in {3}.</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="124"/>
        <source>○ Minggu {0}: belum ada jadwal di {1}.</source>
        <translation>○ Week of {0}: nothing scheduled on {1}.</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="130"/>
        <source>✓ Tidak ada peringatan.</source>
        <translation>✓ No warnings.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../calendar/grid.py" line="160"/>
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="160"/>
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="160"/>
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="160"/>
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="161"/>
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="161"/>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="161"/>
        <source>Min</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="247"/>
        <source>Status produksi: {0}</source>
        <translation>Production status: {0}</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <location filename="../calendar/screen.py" line="54"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="57"/>
        <source>Minggu</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="65"/>
        <source>Sebelumnya (Alt+←)</source>
        <translation>Previous (Alt+←)</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="67"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="69"/>
        <source>Berikutnya (Alt+→)</source>
        <translation>Next (Alt+→)</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="80"/>
        <source>Jadwalkan…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="83"/>
        <source>Tandai tayang…</source>
        <translation>Mark as published…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="86"/>
        <location filename="../calendar/screen.py" line="274"/>
        <source>Hapus jadwal</source>
        <translation>Remove from schedule</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="89"/>
        <source>Target &amp;&amp; slot…</source>
        <translation>Targets &amp;&amp; slots…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="90"/>
        <source>Ekspor ICS…</source>
        <translation>Export ICS…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="92"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="108"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="113"/>
        <source>Belum dijadwalkan</source>
        <translation>Not scheduled yet</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="117"/>
        <source>Bank ide</source>
        <translation>Idea bank</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="153"/>
        <source>Seret ke tanggal di kalender untuk menjadwalkan.</source>
        <translation>Drag onto a date in the calendar to schedule it.</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="190"/>
        <location filename="../calendar/screen.py" line="307"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="213"/>
        <location filename="../calendar/screen.py" line="245"/>
        <source>Jadwalkan video</source>
        <translation>Schedule video</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="218"/>
        <source>Pindahkan jadwal</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="222"/>
        <source>Dijadwalkan {0}.</source>
        <translation>Scheduled for {0}.</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="268"/>
        <source>Tandai sudah tayang</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="293"/>
        <source>Ubah target unggah</source>
        <translation>Change upload targets</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="300"/>
        <source>Ekspor kalender</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="309"/>
        <source>{0} jadwal diekspor ke {1}</source>
        <translation>{0} scheduled items exported to {1}</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../storyboard/panel.py" line="80"/>
        <source>otomatis</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="81"/>
        <source> dtk</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="94"/>
        <source>Jenis shot</source>
        <translation>Shot type</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="95"/>
        <source>Sudut</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="96"/>
        <source>Gerakan kamera</source>
        <translation>Camera movement</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="97"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="98"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="99"/>
        <source>Durasi target</source>
        <translation>Target duration</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="100"/>
        <source>Narasi</source>
        <translation>Narration</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="101"/>
        <source>Teks layar</source>
        <translation>On-screen text</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="102"/>
        <source>Catatan visual</source>
        <translation>Visual notes</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="110"/>
        <source>Pilih gambar…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="111"/>
        <source>Tempel (Ctrl+V)</source>
        <translation>Paste (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="112"/>
        <source>Dari video…</source>
        <translation>From video…</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="113"/>
        <source>Sketsa…</source>
        <translation>Sketch…</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="114"/>
        <source>Hapus gambar</source>
        <translation>Remove picture</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="115"/>
        <source>Bingkai 9:16</source>
        <translation>9:16 frame</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="168"/>
        <source>Pilih kartu untuk mengubahnya.</source>
        <translation>Select a card to edit it.</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="171"/>
        <source>{0} kartu dipilih</source>
        <translation>{0} cards selected</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="173"/>
        <source>Pilihan di atas berlaku untuk semua kartu terpilih.</source>
        <translation>The choices above apply to all selected cards.</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="182"/>
        <source>Kartu #{0}</source>
        <translation>Card #{0}</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="189"/>
        <source>Berkas gambar hilang: {0}. Pilih gambar lagi.</source>
        <translation>Picture file missing: {0}. Choose the picture again.</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="194"/>
        <source>Belum ada gambar: seret foto, tempel, ambil dari video, atau sketsa.</source>
        <translation>No picture yet: drag in a photo, paste one, grab a frame from a video, or sketch.</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="197"/>
        <source>Gambar: {0}</source>
        <translation>Picture: {0}</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../brand/editor.py" line="52"/>
        <source>Otomatis (dari palet)</source>
        <translation>Automatic (from palette)</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="66"/>
        <source>otomatis</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="78"/>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="87"/>
        <source>Pilih warna</source>
        <translation>Choose colour</translation>
    </message>
</context>
<context>
    <name>FramePickerDialog</name>
    <message>
        <location filename="../storyboard/dialogs.py" line="124"/>
        <source>Ambil bingkai dari {0}</source>
        <translation>Grab a frame from {0}</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="138"/>
        <source>Pakai bingkai ini</source>
        <translation>Use this frame</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="155"/>
        <source>Detik {0:.1f} dari {1:.1f}</source>
        <translation>{0:.1f} s of {1:.1f} s</translation>
    </message>
</context>
<context>
    <name>FrameViewDialog</name>
    <message>
        <location filename="../storyboard/dialogs.py" line="88"/>
        <source>Bingkai 9:16 — kartu #{0}</source>
        <translation>9:16 frame — card #{0}</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="91"/>
        <source>Zona aman:</source>
        <translation>Safe zone:</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="95"/>
        <source>Semua platform (paling ketat)</source>
        <translation>All platforms (strictest)</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="102"/>
        <source>Area merah tertutup tombol dan teks aplikasi: jangan taruh teks, logo, atau wajah penting di sana.</source>
        <translation>The red areas are covered by app buttons and text: keep text, logos and important faces out of them.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../script/glossary_panel.py" line="38"/>
        <source>mis. Diskominfo, Call Center 112</source>
        <translation>e.g. Diskominfo, Call Center 112</translation>
    </message>
    <message>
        <location filename="../script/glossary_panel.py" line="42"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../script/glossary_panel.py" line="43"/>
        <source>Hapus istilah</source>
        <translation>Remove term</translation>
    </message>
</context>
<context>
    <name>HandEntryDialog</name>
    <message>
        <location filename="../report/dialogs.py" line="173"/>
        <source>Isi angka kinerja</source>
        <translation>Enter performance figures</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="182"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="186"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="190"/>
        <source>Tanggal tayang</source>
        <translation>Publish date</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../calendar/dialogs.py" line="154"/>
        <source>Kartu ide</source>
        <translation>Idea card</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="157"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="162"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="164"/>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="164"/>
        <source>Sedang</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="164"/>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="168"/>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="171"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <location filename="../calendar/ideas_panel.py" line="42"/>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="42"/>
        <source>Ide</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="42"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="53"/>
        <location filename="../calendar/ideas_panel.py" line="75"/>
        <location filename="../calendar/ideas_panel.py" line="148"/>
        <source>Ide baru</source>
        <translation>New idea</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="54"/>
        <source>Ide baru (Ctrl+I)</source>
        <translation>New idea (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="55"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="56"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="65"/>
        <source>(tanpa templat)</source>
        <translation>(no template)</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="70"/>
        <location filename="../calendar/ideas_panel.py" line="191"/>
        <source>Jadikan proyek</source>
        <translation>Make project</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="87"/>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="87"/>
        <source>Sedang</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="87"/>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="98"/>
        <source>Sudah menjadi proyek: {0}</source>
        <translation>Already a project: {0}</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="158"/>
        <source>Ubah ide</source>
        <translation>Edit idea</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="167"/>
        <source>Hapus ide</source>
        <translation>Delete idea</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>Ruang kerja ini sedang dibuka di Kilas lain: dibuka hanya-baca, perubahan tidak disimpan.</source>
        <translation>This workspace is open in another Kilas: opened read-only, changes will not be saved.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Buka ruang kerja…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>Ruang kerja baru…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>Ruang kerja terbaru</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>Buat ruang kerja contoh</source>
        <translation>Create sample workspace</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <location filename="../main_window.py" line="247"/>
        <source>Tentang Kilas</source>
        <translation>About Kilas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>Proyek</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Proyek: </source>
        <translation>Project: </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>Buka ruang kerja</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Pilih folder kosong untuk ruang kerja baru</source>
        <translation>Choose an empty folder for the new workspace</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&lt;b&gt;Kilas {0}&lt;/b&gt;&lt;p&gt;Studio video vertikal luring untuk tim humas: naskah, storyboard, render bermerek, subtitle otomatis, dan kalender konten.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Kilas {0}&lt;/b&gt;&lt;p&gt;Offline vertical-video studio for PR teams: scripts, storyboards, branded renders, automatic subtitles and a content calendar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../report/dialogs.py" line="57"/>
        <source>Pemetaan kolom</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="62"/>
        <source>Pilih arti setiap kolom berkas. Kolom yang diabaikan tidak diimpor. Perlu kolom judul atau ID proyek, dan minimal satu angka.</source>
        <translation>Choose what each column in the file means. Ignored columns are not imported. A title or project ID column is required, plus at least one figure.</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="67"/>
        <source>Pemetaan tersimpan:</source>
        <translation>Saved mapping:</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="69"/>
        <source>(baru)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="74"/>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="76"/>
        <source>(dari kolom platform)</source>
        <translation>(from the platform column)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="83"/>
        <source>Kolom berkas</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="83"/>
        <source>Contoh</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="84"/>
        <source>Artinya</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="106"/>
        <source>Ingat pemetaan ini sebagai</source>
        <translation>Remember this mapping as</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="109"/>
        <source>mis. Ekspor TikTok Studio</source>
        <translation>e.g. TikTok Studio export</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="117"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="152"/>
        <source>Satu arti hanya boleh dipilih untuk satu kolom.</source>
        <translation>Each meaning can be chosen for one column only.</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="156"/>
        <source>Perlu kolom judul atau ID proyek, dan minimal satu angka.</source>
        <translation>A title or project ID column is required, plus at least one figure.</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="159"/>
        <source>Pilih platform: berkas ini tidak punya kolom platform.</source>
        <translation>Choose a platform: this file has no platform column.</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="162"/>
        <source>Beri nama pemetaan, atau jangan centang &apos;Ingat&apos;.</source>
        <translation>Name the mapping, or untick &apos;Remember&apos;.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../screens.py" line="40"/>
        <source>Proyek</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../screens.py" line="41"/>
        <source>Naskah</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../screens.py" line="42"/>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location filename="../screens.py" line="43"/>
        <source>Subtitle</source>
        <translation>Subtitles</translation>
    </message>
    <message>
        <location filename="../screens.py" line="44"/>
        <source>Render</source>
        <translation>Render</translation>
    </message>
    <message>
        <location filename="../screens.py" line="45"/>
        <source>Brand kit</source>
        <translation>Brand kit</translation>
    </message>
    <message>
        <location filename="../screens.py" line="46"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../screens.py" line="47"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../projects/new_dialog.py" line="13"/>
        <source>Proyek baru</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../projects/new_dialog.py" line="18"/>
        <source>(kosong)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../projects/new_dialog.py" line="22"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../projects/new_dialog.py" line="23"/>
        <source>Seri</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../projects/new_dialog.py" line="24"/>
        <source>Templat naskah</source>
        <translation>Script template</translation>
    </message>
</context>
<context>
    <name>NotYetScreen</name>
    <message>
        <location filename="../screens.py" line="63"/>
        <source>Layar {0} belum tersedia di versi ini.</source>
        <translation>The {0} screen is not available yet in this version.</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../brand/panels.py" line="99"/>
        <source>Pemeriksaan sebelum render</source>
        <translation>Pre-render check</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="102"/>
        <source>Periksa (F5)</source>
        <translation>Check (F5)</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="105"/>
        <source>Perbaiki</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="112"/>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="112"/>
        <source>Shot</source>
        <translation>Shot</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="112"/>
        <source>Perbaikan</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="112"/>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="136"/>
        <source>Siap render: tidak ada temuan.</source>
        <translation>Ready to render: no issues found.</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="138"/>
        <source>{0} galat, {1} peringatan</source>
        <translation>{0} errors, {1} warnings</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="140"/>
        <source>Galat</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="140"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="141"/>
        <source>Perbaiki ▸</source>
        <translation>Fix ▸</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../brand/panels.py" line="48"/>
        <source>Zona aman</source>
        <translation>Safe zone</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="65"/>
        <source>Pratinjau 9:16</source>
        <translation>9:16 preview</translation>
    </message>
</context>
<context>
    <name>ProjectBoard</name>
    <message>
        <location filename="../projects/board.py" line="179"/>
        <source>{0} shot · ±{1} dtk</source>
        <translation>{0} shots · ±{1} s</translation>
    </message>
    <message>
        <location filename="../projects/board.py" line="183"/>
        <source>Tayang {0}</source>
        <translation>Publishes {0}</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../projects/screen.py" line="46"/>
        <source>Ide</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="46"/>
        <source>Naskah</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="46"/>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="47"/>
        <source>Produksi</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="47"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="48"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="48"/>
        <source>Tayang</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="57"/>
        <source>Proyek baru</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="58"/>
        <location filename="../projects/screen.py" line="234"/>
        <source>Ganti nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="59"/>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="60"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="61"/>
        <source>Buka naskah</source>
        <translation>Open script</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="63"/>
        <source>Cari judul atau seri…</source>
        <translation>Search title or series…</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="78"/>
        <source>Papan</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="82"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="82"/>
        <source>Seri</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="82"/>
        <source>Shot</source>
        <translation>Shots</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="83"/>
        <source>Perkiraan (dtk)</source>
        <translation>Estimate (s)</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="83"/>
        <source>Jadwal tayang</source>
        <translation>Publish date</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="83"/>
        <source>Diubah</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="101"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="109"/>
        <source>Media hilang</source>
        <translation>Missing media</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="114"/>
        <source>Tautkan ulang…</source>
        <translation>Relink…</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="116"/>
        <source>Cari di folder…</source>
        <translation>Search in folder…</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="169"/>
        <source>Belum ada proyek. Tekan Ctrl+N untuk membuat proyek baru.</source>
        <translation>No projects yet. Press Ctrl+N to create a new project.</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="173"/>
        <source>melebihi target</source>
        <translation>over target</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="173"/>
        <source>sesuai target</source>
        <translation>on target</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="176"/>
        <source>&lt;p&gt;Status: &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} shot, ±{2} dtk dari {3} dtk ({4})&lt;br&gt;Platform: {5}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Status: &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} shots, ±{2} s of {3} s ({4})&lt;br&gt;Platform: {5}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="187"/>
        <source>Semua media ditemukan.</source>
        <translation>All media found.</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="203"/>
        <location filename="../projects/screen.py" line="286"/>
        <location filename="../projects/screen.py" line="294"/>
        <source>Kilas</source>
        <translation>Kilas</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="234"/>
        <source>Judul baru:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="248"/>
        <source>Hapus proyek</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="249"/>
        <source>Hapus proyek &quot;{0}&quot;? Anda bisa membatalkannya dengan Ctrl+Z.</source>
        <translation>Delete project &quot;{0}&quot;? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="273"/>
        <source>Pilih berkas pengganti</source>
        <translation>Choose replacement file</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="281"/>
        <source>Cari media di folder</source>
        <translation>Search for media in folder</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="286"/>
        <source>Tidak ada berkas yang cocok di folder itu.</source>
        <translation>No matching files in that folder.</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="296"/>
        <source>Media ditautkan ulang: {0}</source>
        <translation>Media relinked: {0}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../calendar/dialogs.py" line="52"/>
        <source>Tandai sudah tayang</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="52"/>
        <source>Jadwalkan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="59"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="63"/>
        <source>Tanggal dan jam tayang</source>
        <translation>Publish date and time</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="63"/>
        <source>Jadwal</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="68"/>
        <source>Tautan video</source>
        <translation>Video link</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../report/screen.py" line="66"/>
        <source>Bulan: </source>
        <translation>Month: </translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="73"/>
        <source>Impor angka (CSV)…</source>
        <translation>Import figures (CSV)…</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="76"/>
        <source>Isi angka manual…</source>
        <translation>Enter figures manually…</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="79"/>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="80"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="85"/>
        <location filename="../report/screen.py" line="127"/>
        <source>Tayangan</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="85"/>
        <source>Interaksi</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="86"/>
        <source>Tingkat keterlibatan</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="87"/>
        <source>Pengikut baru</source>
        <translation>New followers</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="87"/>
        <source>Video tayang</source>
        <translation>Videos published</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="88"/>
        <source>Waktu unggah terbaik</source>
        <translation>Best time to post</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="109"/>
        <source>Tayangan per platform</source>
        <translation>Views by platform</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="110"/>
        <source>Tayangan 6 bulan terakhir</source>
        <translation>Views, last 6 months</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="111"/>
        <source>Rata-rata tayangan per hari unggah</source>
        <translation>Average views by posting day</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="112"/>
        <source>Rata-rata tayangan per jam unggah</source>
        <translation>Average views by posting hour</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="113"/>
        <source>Keterlibatan per format (%)</source>
        <translation>Engagement by format (%)</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="114"/>
        <source>Rata-rata tayangan per durasi</source>
        <translation>Average views by duration</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="115"/>
        <source>Tayangan per topik</source>
        <translation>Views by topic</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="120"/>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="124"/>
        <source>Topik</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="127"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="127"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="127"/>
        <source>Tayang</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="128"/>
        <source>Suka</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="128"/>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="128"/>
        <source>Dibagikan</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="128"/>
        <source>Disimpan</source>
        <translation>Saves</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="129"/>
        <source>Keterlibatan</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="135"/>
        <source>Video</source>
        <translation>Videos</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="232"/>
        <source>Belum ada angka kinerja bulan ini. Impor CSV (Ctrl+O) atau isi manual (Ctrl+Shift+N).</source>
        <translation>No performance figures for this month yet. Import a CSV (Ctrl+O) or enter them manually (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="251"/>
        <location filename="../report/screen.py" line="374"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="262"/>
        <location filename="../report/screen.py" line="297"/>
        <source>Impor angka kinerja</source>
        <translation>Import performance figures</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="263"/>
        <source>Berkas CSV (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="306"/>
        <source>{0} angka baru, {1} diperbarui.</source>
        <translation>{0} new figures, {1} updated.</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="309"/>
        <source>{0} baris menyebut video yang tidak dikenal Kilas.</source>
        <translation>{0} rows refer to videos Kilas does not know.</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="313"/>
        <source>Baris {0}: {1} — {2}</source>
        <translation>Row {0}: {1} — {2}</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="316"/>
        <source>Baris {0}: tidak terbaca ({1})</source>
        <translation>Row {0}: unreadable ({1})</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="318"/>
        <source>Kolom diabaikan: {0}</source>
        <translation>Ignored columns: {0}</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="325"/>
        <source>Hasil impor</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="350"/>
        <source>Isi angka kinerja</source>
        <translation>Enter performance figures</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="364"/>
        <source>Ekspor laporan</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="376"/>
        <source>Laporan disimpan: {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../script/review_panel.py" line="51"/>
        <source>Nama Anda</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="53"/>
        <source>Komentar atau alasan keputusan</source>
        <translation>Comment or reason for the decision</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="55"/>
        <source>Kirim untuk ditinjau</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="56"/>
        <source>Komentar pada shot ini</source>
        <translation>Comment on this shot</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="57"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="59"/>
        <source>Kembalikan untuk revisi</source>
        <translation>Return for revision</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="62"/>
        <source>Perubahan sejak disetujui</source>
        <translation>Changes since approval</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="70"/>
        <source>Peninjau</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="82"/>
        <source>Riwayat keputusan dan komentar</source>
        <translation>History of decisions and comments</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="140"/>
        <source> · shot {0}</source>
        <translation> · shot {0}</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="150"/>
        <source>Klik dua kali untuk membuka shot ini</source>
        <translation>Double-click to open this shot</translation>
    </message>
</context>
<context>
    <name>ScriptScreen</name>
    <message>
        <location filename="../script/screen.py" line="100"/>
        <source> kata/menit</source>
        <translation> wpm</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="102"/>
        <source>Kecepatan narasi untuk perkiraan durasi (Indonesia: 130–160)</source>
        <translation>Narration speed for estimating duration (Indonesian: 130–160)</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="126"/>
        <source>Tinjauan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="127"/>
        <source>Glosarium</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="136"/>
        <source>Durasi</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="267"/>
        <source>Pilih atau buat proyek untuk menulis naskah.</source>
        <translation>Choose or create a project to write a script.</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="322"/>
        <source>  ⚠ tidak muat</source>
        <translation>  ⚠ doesn&apos;t fit</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="327"/>
        <source>(adegan)</source>
        <translation>(scene)</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="352"/>
        <source>{0} kata · narasi {1:.1f} dtk · shot {2:.1f} dtk</source>
        <translation>{0} words · narration {1:.1f} s · shot {2:.1f} s</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="357"/>
        <source> · ⚠ tidak muat dalam target {0:g} dtk</source>
        <translation> · ⚠ doesn&apos;t fit the {0:g} s target</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="369"/>
        <source>{0:.1f} / {1:g} dtk · lewat {2:.1f} dtk</source>
        <translation>{0:.1f} / {1:g} s · over by {2:.1f} s</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="375"/>
        <source>{0:.1f} / {1:g} dtk</source>
        <translation>{0:.1f} / {1:g} s</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="380"/>
        <source>{0} shot · {1} kata</source>
        <translation>{0} shots · {1} words</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="382"/>
        <source> · {0} shot tidak muat</source>
        <translation> · {0} shots don&apos;t fit</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="438"/>
        <source>Sisip shot</source>
        <translation>Insert shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="441"/>
        <source>Tambah shot</source>
        <translation>Add shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="445"/>
        <source>Duplikat shot</source>
        <translation>Duplicate shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="449"/>
        <source>Hapus shot</source>
        <translation>Delete shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="454"/>
        <source>Pisah shot</source>
        <translation>Split shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="459"/>
        <source>Gabung shot</source>
        <translation>Merge shots</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="468"/>
        <location filename="../script/screen.py" line="480"/>
        <source>Pindah shot</source>
        <translation>Move shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="488"/>
        <location filename="../script/screen.py" line="494"/>
        <source>Adegan baru</source>
        <translation>New scene</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="488"/>
        <source>Judul adegan</source>
        <translation>Scene title</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="513"/>
        <source>Tempel naskah</source>
        <translation>Paste script</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="526"/>
        <source>Impor naskah teks</source>
        <translation>Import text script</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="526"/>
        <source>Teks (*.txt *.md);;Semua berkas (*)</source>
        <translation>Text (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="534"/>
        <source>Impor naskah</source>
        <translation>Import script</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="535"/>
        <source>Naskah ini sudah berisi shot. Ganti seluruhnya atau tambahkan?</source>
        <translation>This script already has shots. Replace them all or append?</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="538"/>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="539"/>
        <source>Tambahkan</source>
        <translation>Append</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="563"/>
        <source>Ekspor naskah</source>
        <translation>Export script</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="571"/>
        <source>Mengekspor naskah…</source>
        <translation>Exporting script…</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="576"/>
        <source>Naskah diekspor ke {0}</source>
        <translation>Script exported to {0}</translation>
    </message>
</context>
<context>
    <name>ShotEditor</name>
    <message>
        <location filename="../script/shot_editor.py" line="103"/>
        <source>Narasi (suara/dialog) shot ini…</source>
        <translation>Narration (voice-over/dialogue) for this shot…</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="105"/>
        <source>Teks yang tampil di layar</source>
        <translation>Text shown on screen</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="108"/>
        <source>Apa yang terlihat di gambar</source>
        <translation>What appears in the picture</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="115"/>
        <source> dtk</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="116"/>
        <source>otomatis (dari narasi)</source>
        <translation>auto (from narration)</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="140"/>
        <source>Narasi</source>
        <translation>Narration</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="142"/>
        <source>Teks layar</source>
        <translation>On-screen text</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="143"/>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="144"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="145"/>
        <source>Durasi target</source>
        <translation>Target duration</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="146"/>
        <source>Jenis shot</source>
        <translation>Shot type</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="147"/>
        <source>Adegan</source>
        <translation>Scene</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="183"/>
        <source>(tanpa adegan)</source>
        <translation>(no scene)</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="185"/>
        <source>(adegan tanpa judul)</source>
        <translation>(untitled scene)</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="187"/>
        <source>Belum ada shot. Tekan Ctrl+Enter untuk menambah.</source>
        <translation>No shots yet. Press Ctrl+Enter to add one.</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="194"/>
        <source>Shot {0}</source>
        <translation>Shot {0}</translation>
    </message>
</context>
<context>
    <name>SketchDialog</name>
    <message>
        <location filename="../storyboard/sketch.py" line="110"/>
        <source>Sketsa kartu</source>
        <translation>Card sketch</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="113"/>
        <source>Pena (P)</source>
        <translation>Pen (P)</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="114"/>
        <source>Penghapus (E)</source>
        <translation>Eraser (E)</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="119"/>
        <source>Urungkan (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="120"/>
        <source>Bersihkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="124"/>
        <source>Tebal</source>
        <translation>Thickness</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="134"/>
        <source>Jadikan gambar kartu</source>
        <translation>Use as card picture</translation>
    </message>
</context>
<context>
    <name>StoryboardScreen</name>
    <message>
        <location filename="../storyboard/screen.py" line="58"/>
        <source>Kartu dari gambar…</source>
        <translation>Cards from pictures…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="61"/>
        <source>Tempel gambar</source>
        <translation>Paste picture</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="64"/>
        <source>Hapus kartu</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="68"/>
        <source>Putar animatik</source>
        <translation>Play animatic</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="72"/>
        <source>Ekspor animatik MP4…</source>
        <translation>Export animatic MP4…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="77"/>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="80"/>
        <source>Daftar shot CSV…</source>
        <translation>Shot list CSV…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="83"/>
        <source> Zoom </source>
        <translation> Zoom </translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="86"/>
        <source>Ukuran kartu (Ctrl+= / Ctrl+-)</source>
        <translation>Card size (Ctrl+= / Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="122"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="156"/>
        <source>Pilih proyek di layar Proyek untuk melihat storyboard.</source>
        <translation>Choose a project on the Projects screen to see its storyboard.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="168"/>
        <source>{0} kartu · {1:.0f} dtk</source>
        <translation>{0} cards · {1:.0f} s</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="170"/>
        <source> · {0} gambar hilang</source>
        <translation> · {0} pictures missing</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="251"/>
        <source>Tunggu pekerjaan yang sedang berjalan selesai.</source>
        <translation>Wait for the running task to finish.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="262"/>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="301"/>
        <source>{0} berkas dilewati. {1}</source>
        <translation>{0} files skipped. {1}</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="304"/>
        <source>{0} kartu baru.</source>
        <translation>{0} new cards.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="306"/>
        <source>Mengimpor {0} gambar…</source>
        <translation>Importing {0} pictures…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="322"/>
        <source>Menyalin gambar…</source>
        <translation>Copying pictures…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="329"/>
        <source>Pilih gambar</source>
        <translation>Choose pictures</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="329"/>
        <location filename="../storyboard/screen.py" line="339"/>
        <source>Gambar ({0})</source>
        <translation>Pictures ({0})</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="337"/>
        <source>Kartu baru dari gambar</source>
        <translation>New cards from pictures</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="370"/>
        <source>Papan klip tidak berisi gambar.</source>
        <translation>The clipboard does not contain a picture.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="373"/>
        <source>Pilih satu kartu dulu, lalu tempel gambarnya.</source>
        <translation>Select a card first, then paste its picture.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="393"/>
        <source>Pilih video</source>
        <translation>Choose video</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="393"/>
        <source>Video ({0})</source>
        <translation>Video ({0})</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="456"/>
        <source>Ekspor animatik</source>
        <translation>Export animatic</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="466"/>
        <source>Mengekspor animatik…</source>
        <translation>Exporting animatic…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="469"/>
        <source>Cetak storyboard (PDF)</source>
        <translation>Print storyboard (PDF)</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="474"/>
        <source>Daftar shot per lokasi (CSV)</source>
        <translation>Shot list by location (CSV)</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="481"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="484"/>
        <source>Tersimpan: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../calendar/dialogs.py" line="80"/>
        <source>Target dan slot unggah</source>
        <translation>Upload targets and slots</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="83"/>
        <source>Target unggahan per minggu dan slot jam tayang. Jadwal baru otomatis menempel ke slot hari itu. Tulis slot seperti: Sen 19:00, Rab 19:00, Jum 12:30</source>
        <translation>Weekly upload targets and publishing time slots. New schedules snap to that day&apos;s slot automatically. Write slots like: Mon 19:00, Wed 19:00, Fri 12:30</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="87"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="87"/>
        <source>Per minggu</source>
        <translation>Per week</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="88"/>
        <source>Slot</source>
        <translation>Slots</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="113"/>
        <source>Slot tidak terbaca: {0}</source>
        <translation>Unreadable slot: {0}</translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../services/doctor.py" line="44"/>
        <source>tidak ada font bawaan di assets/fonts</source>
        <comment>no bundled fonts in assets/fonts</comment>
        <translation>no bundled fonts in assets/fonts</translation>
    </message>
    <message>
        <location filename="../../services/doctor.py" line="49"/>
        <source>{usage.free / 1024**3:.1f} GB kosong</source>
        <comment>{usage.free / 1024**3:.1f} GB free</comment>
        <translation>{usage.free / 1024**3:.1f} GB free</translation>
    </message>
    <message>
        <location filename="../../services/doctor.py" line="54"/>
        <source> (hanya-baca: dibuka Kilas lain)</source>
        <comment> (read-only: open in another Kilas)</comment>
        <translation> (read-only: open in another Kilas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/doctor.py" line="67"/>
        <source>belum ada model Whisper (subtitle otomatis perlu model; lihat README)</source>
        <comment>no Whisper model yet (automatic subtitles need one; see the README)</comment>
        <translation>
            <numerusform>no Whisper model yet (automatic subtitles need one; see the README)</numerusform>
            <numerusform>no Whisper model yet (automatic subtitles need one; see the README)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../services/render_job.py" line="147"/>
        <source>Menyiapkan paket unggah</source>
        <comment>Preparing the upload kit</comment>
        <translation>Preparing the upload kit</translation>
    </message>
    <message>
        <location filename="../../services/render_job.py" line="176"/>
        <source>Membuat subtitle (Whisper)</source>
        <comment>Transcribing subtitles (Whisper)</comment>
        <translation>Transcribing subtitles (Whisper)</translation>
    </message>
    <message>
        <location filename="../../services/sample.py" line="65"/>
        <source>Brand kit dan glosarium</source>
        <comment>Brand kit and glossary</comment>
        <translation>Brand kit and glossary</translation>
    </message>
    <message>
        <location filename="../../services/sample.py" line="69"/>
        <source>Musik latar</source>
        <comment>Background music</comment>
        <translation>Background music</translation>
    </message>
    <message>
        <location filename="../../services/sample.py" line="86"/>
        <source>Media {name}</source>
        <comment>Media {name}</comment>
        <translation>Media {name}</translation>
    </message>
    <message>
        <location filename="../../services/sample.py" line="92"/>
        <source>Contoh siap</source>
        <comment>Sample ready</comment>
        <translation>Sample ready</translation>
    </message>
</context>
<context>
    <name>self.ctx</name>
    <message numerus="yes">
        <location filename="../../services/brand.py" line="262"/>
        <source>Logo tidak punya latar transparan: akan tampil sebagai kotak di atas video.</source>
        <comment>The logo has no transparent background: it will show as a box over the video.</comment>
        <translation>
            <numerusform>The logo has no transparent background: it will show as a box over the video.</numerusform>
            <numerusform>The logo has no transparent background: it will show as a box over the video.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/brand.py" line="372"/>
        <source>Fon {family!r} tidak terpasang; memakai {fonts.FALLBACK_FAMILY}.</source>
        <comment>Font {family!r} is not installed; using {fonts.FALLBACK_FAMILY}.</comment>
        <translation>
            <numerusform>Font {family!r} is not installed; using {fonts.FALLBACK_FAMILY}.</numerusform>
            <numerusform>Font {family!r} is not installed; using {fonts.FALLBACK_FAMILY}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/brand_files.py" line="217"/>
        <source>Sebagian kunci tidak dikenal dan diabaikan.</source>
        <comment>Some locks were unknown and were ignored.</comment>
        <translation>
            <numerusform>Some locks were unknown and were ignored.</numerusform>
            <numerusform>Some locks were unknown and were ignored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="342"/>
        <source>Status produksi: {e.status}</source>
        <comment>Production status: {e.status}</comment>
        <translation>Production status: {e.status}</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="349"/>
        <source>Kalender publikasi Kilas</source>
        <comment>Kilas publishing calendar</comment>
        <translation>Kilas publishing calendar</translation>
    </message>
    <message>
        <location filename="../../services/projects.py" line="150"/>
        <source>{src.title} (salinan)</source>
        <comment>{src.title} (copy)</comment>
        <translation>{src.title} (copy)</translation>
    </message>
    <message>
        <location filename="../../services/render.py" line="202"/>
        <source>Shot {number}</source>
        <comment>Shot {number}</comment>
        <translation>Shot {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/render.py" line="220"/>
        <source>{who} belum punya gambar atau video; memakai latar warna.</source>
        <comment>{who} has no picture or video yet; using a colour background.</comment>
        <translation>
            <numerusform>{who} has no picture or video yet; using a colour background.</numerusform>
            <numerusform>{who} has no picture or video yet; using a colour background.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../services/render.py" line="229"/>
        <source>Narasi {who}</source>
        <comment>Narration of {who}</comment>
        <translation>Narration of {who}</translation>
    </message>
    <message>
        <location filename="../../services/render.py" line="239"/>
        <source>Narasi</source>
        <comment>Narration</comment>
        <translation>Narration</translation>
    </message>
    <message>
        <location filename="../../services/render.py" line="242"/>
        <source>Musik</source>
        <comment>Music</comment>
        <translation>Music</translation>
    </message>
    <message>
        <location filename="../../services/render.py" line="377"/>
        <source>Lapisan grafis belum tersedia.</source>
        <comment>Overlay painting is not available.</comment>
        <translation>Graphics overlay is not available yet.</translation>
    </message>
    <message>
        <location filename="../../services/render.py" line="521"/>
        <source>Menyiapkan render</source>
        <comment>Preparing the render</comment>
        <translation>Preparing the render</translation>
    </message>
    <message>
        <location filename="../../services/render.py" line="529"/>
        <source>Mengukur kenyaringan</source>
        <comment>Measuring loudness</comment>
        <translation>Measuring loudness</translation>
    </message>
    <message>
        <location filename="../../services/render.py" line="531"/>
        <source>Merender</source>
        <comment>Rendering</comment>
        <translation>Rendering</translation>
    </message>
    <message>
        <location filename="../../services/render.py" line="539"/>
        <source>{text} · sisa {left}</source>
        <comment>{text} · {left} left</comment>
        <translation>{text} · {left} left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/render_queue.py" line="498"/>
        <source>Render berhenti mendadak {job.attempts} kali.</source>
        <comment>The render stopped abruptly {job.attempts} times.</comment>
        <translation>
            <numerusform>The render stopped abruptly {job.attempts} times.</numerusform>
            <numerusform>The render stopped abruptly {job.attempts} times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="49"/>
        <source>(lokasi belum diisi)</source>
        <comment>(no location yet)</comment>
        <translation>(no location yet)</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="169"/>
        <source>Halaman {0} dari {1}</source>
        <comment>Page {0} of {1}</comment>
        <translation>Page {0} of {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workers/queue_runner.py" line="312"/>
        <source>Proses render tidak bisa dijalankan; lihat log di folder cache.</source>
        <comment>The render process cannot start; see the log in the cache folder.</comment>
        <translation>
            <numerusform>The render process cannot start; see the log in the cache folder.</numerusform>
            <numerusform>The render process cannot start; see the log in the cache folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workers/queue_runner.py" line="321"/>
        <source>Proses render berhenti mendadak (kode {worker.proc.returncode}).</source>
        <comment>The render process stopped abruptly (code {worker.proc.returncode}).</comment>
        <translation>
            <numerusform>The render process stopped abruptly (code {worker.proc.returncode}).</numerusform>
            <numerusform>The render process stopped abruptly (code {worker.proc.returncode}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../calendar/grid.py" line="41"/>
        <source>Ide</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="42"/>
        <source>Naskah</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="43"/>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="44"/>
        <source>Produksi</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="45"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="46"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../calendar/grid.py" line="47"/>
        <source>Tayang</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="35"/>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="36"/>
        <source>ID proyek (project_id)</source>
        <translation>Project ID (project_id)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="37"/>
        <source>Judul video (title)</source>
        <translation>Video title (title)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="38"/>
        <source>Tautan video (url)</source>
        <translation>Video link (url)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="39"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="40"/>
        <source>Tanggal tayang (posted_at)</source>
        <translation>Publish date (posted_at)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="41"/>
        <source>Tayangan (views)</source>
        <translation>Views (views)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="42"/>
        <source>Suka (likes)</source>
        <translation>Likes (likes)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="43"/>
        <source>Komentar (comments)</source>
        <translation>Comments (comments)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="44"/>
        <source>Dibagikan (shares)</source>
        <translation>Shares (shares)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="45"/>
        <source>Disimpan (saves)</source>
        <translation>Saves (saves)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="46"/>
        <source>Rata-rata durasi tonton, detik (watch_time_s)</source>
        <translation>Average watch time, seconds (watch_time_s)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="47"/>
        <source>Pengikut baru (followers_gained)</source>
        <translation>New followers (followers_gained)</translation>
    </message>
</context>
</TS>
