<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name />
    <message>
        <location filename="../../services/script_export.py" line="62" />
        <source>Seri</source>
        <comment>Series</comment>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="63" />
        <source>Tanggal</source>
        <comment>Date</comment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="64" />
        <source>Versi naskah</source>
        <comment>Script version</comment>
        <translation>Script version</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="65" />
        <source>Status persetujuan</source>
        <comment>Approval</comment>
        <translation>Approval status</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="67" />
        <source>Durasi perkiraan</source>
        <comment>Estimated length</comment>
        <translation>Estimated length</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="76" />
        <source>Disetujui oleh</source>
        <comment>Approved by</comment>
        <translation>Approved by</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/script_export.py" line="81" />
        <source>Disetujui oleh: ______________________    Tanggal: ____________    Tanda tangan: ______________</source>
        <comment>Approved by: ______________________    Date: ____________    Signature: ______________</comment>
        <translation>
            <numerusform>Approved by: ______________________    Date: ____________    Signature: ______________</numerusform>
            <numerusform>Approved by: ______________________    Date: ____________    Signature: ______________</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="88" />
        <source>No.</source>
        <comment>No.</comment>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="89" />
        <location filename="../../services/storyboard_export.py" line="145" />
        <source>Visual</source>
        <comment>Visual</comment>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="90" />
        <location filename="../../services/storyboard_export.py" line="169" />
        <source>Narasi</source>
        <comment>Narration</comment>
        <translation>Narration</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="91" />
        <source>Teks layar</source>
        <comment>On-screen text</comment>
        <translation>On-screen text</translation>
    </message>
    <message>
        <location filename="../../services/script_export.py" line="92" />
        <location filename="../../services/storyboard_export.py" line="139" />
        <source>Durasi</source>
        <comment>Duration</comment>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="132" />
        <source>Jenis</source>
        <comment>Type</comment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="133" />
        <source>Sudut</source>
        <comment>Angle</comment>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="135" />
        <source>Gerak</source>
        <comment>Move</comment>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="142" />
        <source>Lokasi</source>
        <comment>Location</comment>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="143" />
        <source>Status</source>
        <comment>Status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="144" />
        <source>Teks</source>
        <comment>Text</comment>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="166" />
        <source>Halaman {0} dari {1}</source>
        <comment>Page {0} of {1}</comment>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="167" />
        <source>Belum ada gambar</source>
        <comment>No picture yet</comment>
        <translation>No picture yet</translation>
    </message>
    <message>
        <location filename="../../services/storyboard_export.py" line="168" />
        <source>Gambar hilang</source>
        <comment>Picture missing</comment>
        <translation>Picture missing</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="41" />
        <source>Sisip shot</source>
        <translation>Insert shot</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="44" />
        <source>Sisipkan shot baru sesudah shot ini</source>
        <translation>Insert a new shot after this one</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="49" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="52" />
        <source>Tambah shot di akhir naskah</source>
        <translation>Add a shot at the end of the script</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="57" />
        <source>Pisah</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="60" />
        <source>Pisahkan narasi di posisi kursor menjadi dua shot</source>
        <translation>Split the narration at the cursor into two shots</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="65" />
        <source>Gabung</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="68" />
        <source>Gabungkan dengan shot berikutnya</source>
        <translation>Merge with the next shot</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="72" />
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="76" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="79" />
        <source>Hapus shot ini</source>
        <translation>Delete this shot</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="83" />
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="86" />
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="90" />
        <source>Adegan baru</source>
        <translation>New scene</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="93" />
        <source>Mulai adegan baru di shot ini</source>
        <translation>Start a new scene at this shot</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="98" />
        <source>Nama adegan</source>
        <translation>Scene name</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="101" />
        <source>Ganti judul adegan shot ini</source>
        <translation>Change the title of this shot's scene</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="107" />
        <source>Tempel naskah</source>
        <translation>Paste script</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="110" />
        <source>Tempel naskah teks sebagai shot-shot baru</source>
        <translation>Paste a text script as new shots</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="114" />
        <source>Impor teks…</source>
        <translation>Import text…</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="118" />
        <source>Pulihkan naskah…</source>
        <translation>Restore script…</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="121" />
        <source>Kembalikan naskah seperti sebelum impor yang menggantinya</source>
        <translation>Put the script back as it was before an import replaced it</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="129" />
        <source>PDF untuk tanda tangan</source>
        <translation>PDF for signature</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="130" />
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="131" />
        <source>Teks (TXT)</source>
        <translation>Text (TXT)</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="137" />
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="138" />
        <source>Ekspor naskah (Ctrl+E: PDF)</source>
        <translation>Export script (Ctrl+E: PDF)</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="149" />
        <source>Baru dari templat…</source>
        <translation>New from template…</translation>
    </message>
    <message>
        <location filename="../script/actions.py" line="150" />
        <source>Proyek baru dari templat naskah</source>
        <translation>New project from a script template</translation>
    </message>
</context>
<context>
    <name>AddJobsDialog</name>
    <message>
        <location filename="../render/queue_dialogs.py" line="58" />
        <source>Tambah seri ke antrean</source>
        <translation>Add series to the queue</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="60" />
        <source>Tambah proyek ke antrean</source>
        <translation>Add projects to the queue</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="66" />
        <source>(pilih sendiri)</source>
        <translation>(choose individually)</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="70" />
        <source>Seri:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="79" />
        <source>Proyek:</source>
        <translation>Projects:</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="81" />
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="83" />
        <source>Kualitas:</source>
        <translation>Quality:</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="84" />
        <source>Buat paket unggah (MP4, SRT, sampul, caption)</source>
        <translation>Create upload kit (MP4, SRT, cover, caption)</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="91" />
        <source>Masukkan antrean</source>
        <translation>Add to queue</translation>
    </message>
</context>
<context>
    <name>AnimaticPlayer</name>
    <message>
        <location filename="../storyboard/animatic_player.py" line="26" />
        <source>Animatik</source>
        <translation>Animatic</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="36" />
        <location filename="../storyboard/animatic_player.py" line="113" />
        <location filename="../storyboard/animatic_player.py" line="127" />
        <source>Putar (Spasi)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="39" />
        <source>Menyiapkan bingkai…</source>
        <translation>Preparing frames…</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="76" />
        <source>Menyiapkan bingkai… {0}%</source>
        <translation>Preparing frames… {0}%</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="94" />
        <source>Kartu {0} dari {1} · {2} / {3} dtk</source>
        <translation>Card {0} of {1} · {2} / {3} s</translation>
    </message>
    <message>
        <location filename="../storyboard/animatic_player.py" line="122" />
        <source>Jeda (Spasi)</source>
        <translation>Pause (Space)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app_controller.py" line="46" />
        <source>Pilih folder ruang kerja lain</source>
        <translation>Choose another workspace folder</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="61" />
        <source>Menyiapkan ruang kerja contoh…</source>
        <translation>Preparing the sample workspace…</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="61" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="121" />
        <source>Pilih folder kosong untuk ruang kerja contoh</source>
        <translation>Choose an empty folder for the sample workspace</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="134" />
        <source>Folder itu sudah berisi proyek; pilih folder kosong.</source>
        <translation>That folder already contains projects; choose an empty folder.</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="198" />
        <source>Ruang kerja disalin ke %1: jumlah baris di setiap tabel dan isi %2 berkas sama dengan sumbernya.</source>
        <translation>Workspace copied to %1: the row counts of every table and the contents of %2 files equal the source.</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="208" />
        <source>Menyalin… %1</source>
        <translation>Copying… %1</translation>
    </message>
    <message>
        <location filename="../app_controller.py" line="216" />
        <source>Dibatalkan; tidak ada yang diubah.</source>
        <translation>Canceled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>BrandEditor</name>
    <message>
        <location filename="../brand/editor.py" line="102" />
        <source>Kiri atas</source>
        <translation>Top left</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="103" />
        <source>Kanan atas</source>
        <translation>Top right</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="104" />
        <source>Kiri bawah</source>
        <translation>Bottom left</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="105" />
        <source>Kanan bawah</source>
        <translation>Bottom right</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="114" />
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="115" />
        <location filename="../brand/editor.py" line="298" />
        <source>Warna</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="116" />
        <location filename="../brand/editor.py" line="296" />
        <source>Fon</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="117" />
        <source>Kartu</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="118" />
        <source>Subtitle</source>
        <translation>Subtitles</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="119" />
        <source>Kunci</source>
        <translation>Locks</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="204" />
        <source>Nama instansi</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="205" />
        <source>Akun media sosial</source>
        <translation>Social media handle</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="206" />
        <source>Ajakan penutup</source>
        <translation>Closing call to action</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="210" />
        <location filename="../brand/editor.py" line="355" />
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="212" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="213" />
        <location filename="../brand/editor.py" line="353" />
        <source>PNG transparan atau SVG</source>
        <translation>Transparent PNG or SVG</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="217" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="219" />
        <source>Posisi logo</source>
        <translation>Logo position</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="221" />
        <source>Lebar logo</source>
        <translation>Logo width</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="222" />
        <source>Jarak dari tepi aman</source>
        <translation>Distance from safe edge</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="225" />
        <source>Opasitas logo</source>
        <translation>Logo opacity</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="234" />
        <source>Warna utama</source>
        <translation>Main colour</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="235" />
        <source>Warna kedua</source>
        <translation>Second colour</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="236" />
        <source>Aksen</source>
        <translation>Accent</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="237" />
        <source>Teks terang</source>
        <translation>Light text</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="238" />
        <source>Teks gelap</source>
        <translation>Dark text</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="247" />
        <source>Fon judul</source>
        <translation>Heading font</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="248" />
        <source>Fon isi</source>
        <translation>Body font</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="251" />
        <source>Berkas fon kit</source>
        <translation>Kit font files</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="252" />
        <source>Tambah berkas fon (.ttf/.otf)…</source>
        <translation>Add font file (.ttf/.otf)…</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="256" />
        <source>Fon bawaan (OFL): Inter, Lato. Fon yang tidak terpasang diganti Inter.</source>
        <translation>Bundled fonts (OFL): Inter, Lato. Fonts that are not installed are replaced with Inter.</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="274" />
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="278" />
        <source>Durasi</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="279" />
        <source>Skala teks</source>
        <translation>Text scale</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="280" />
        <source>Latar</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="281" />
        <source>Warna teks</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="295" />
        <source>Gaya siap pakai</source>
        <translation>Preset style</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="297" />
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="299" />
        <source>Warna sorotan kata</source>
        <translation>Word highlight colour</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="300" />
        <source>Garis tepi</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="301" />
        <source>Warna garis tepi</source>
        <translation>Outline colour</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="302" />
        <source>Garis dasar (y)</source>
        <translation>Baseline (y)</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="309" />
        <source>Bagian yang dikunci tidak bisa diubah dari proyek; hanya dari brand kit.</source>
        <translation>Locked parts cannot be changed from a project, only from the brand kit.</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="315" />
        <source>Kunci logo</source>
        <translation>Lock the logo</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="316" />
        <source>Kunci warna</source>
        <translation>Lock the colours</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="317" />
        <source>Kunci fon</source>
        <translation>Lock the fonts</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="347" />
        <source>Dikunci oleh brand kit</source>
        <translation>Locked by the brand kit</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="351" />
        <source>Logo diatur di brand kit</source>
        <translation>The logo is set in the brand kit</translation>
    </message>
</context>
<context>
    <name>BrandScreen</name>
    <message>
        <location filename="../brand/screen.py" line="77" />
        <source>Kit baru</source>
        <translation>New kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="79" />
        <source>Ganti nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="84" />
        <source>Jadikan bawaan</source>
        <translation>Make default</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="92" />
        <source>Hapus kit</source>
        <translation>Delete kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="101" />
        <source>Impor .kilasbrand…</source>
        <translation>Import .kilasbrand…</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="109" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="118" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="126" />
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="137" />
        <location filename="../brand/screen.py" line="147" />
        <location filename="../brand/screen.py" line="456" />
        <source>Brand kit</source>
        <translation>Brand kit</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="141" />
        <source>Kit untuk proyek ini</source>
        <translation>Kit for this project</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="146" />
        <source>Ubah:</source>
        <translation>Edit:</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="148" />
        <source>Proyek ini</source>
        <translation>This project</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="208" />
        <source>bawaan</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="210" />
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="254" />
        <source> (berkas hilang)</source>
        <translation> (file missing)</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="309" />
        <source>Ubah {0}</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="313" />
        <source>Bagian ini dikunci oleh brand kit.</source>
        <translation>This part is locked by the brand kit.</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="339" />
        <source>Gaya subtitle {0}</source>
        <translation>Subtitle style {0}</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="383" />
        <source>Ubah kunci brand kit</source>
        <translation>Change brand kit locks</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="401" />
        <source>Buka proyek untuk memeriksanya sebelum render.</source>
        <translation>Open a project to check it before rendering.</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="405" />
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../brand/screen.py" line="441" />
        <source>Perbaiki: {0}</source>
        <translation>Fix: {0}</translation>
    </message>
</context>
<context>
    <name>CadencePanel</name>
    <message>
        <location filename="../calendar/cadence_panel.py" line="32" />
        <source>Ritme unggah per minggu</source>
        <translation>Weekly upload rhythm</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="50" />
        <source>Tayang</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="51" />
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="56" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="76" />
        <source>minggu mulai tanggal ({0} – {1})</source>
        <translation>week starting ({0} – {1})</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="111" />
        <source>‼ Lewat jadwal: “{0}” sudah disetujui tetapi belum tayang di {1} (jadwal {2}).</source>
        <translation>‼ Overdue: “{0}” is approved but not yet published on {1} (scheduled {2}).</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="115" />
        <source>⚠ Tayang {0} di {1}: “{2}” masih berstatus {3}.</source>
        <translation>⚠ Publishing {0} on {1}: “{2}” is still in {3}.</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="125" />
        <source>○ Minggu {0}: belum ada jadwal di {1}.</source>
        <translation>○ Week of {0}: nothing scheduled on {1}.</translation>
    </message>
    <message>
        <location filename="../calendar/cadence_panel.py" line="131" />
        <source>✓ Tidak ada peringatan.</source>
        <translation>✓ No warnings.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../calendar/grid.py" line="254" />
        <source>Status produksi: {0}</source>
        <translation>Production status: {0}</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <location filename="../calendar/screen.py" line="61" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="67" />
        <source>Minggu</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="76" />
        <source>Sebelumnya (Alt+←)</source>
        <translation>Previous (Alt+←)</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="77" />
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="81" />
        <source>Berikutnya (Alt+→)</source>
        <translation>Next (Alt+→)</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="91" />
        <source>Jadwalkan…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="96" />
        <source>Tandai tayang…</source>
        <translation>Mark as published…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="104" />
        <location filename="../calendar/screen.py" line="321" />
        <source>Hapus jadwal</source>
        <translation>Remove from schedule</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="113" />
        <source>Target &amp;&amp; slot…</source>
        <translation>Targets &amp;&amp; slots…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="121" />
        <source>Ekspor ICS…</source>
        <translation>Export ICS…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="129" />
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="148" />
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="153" />
        <source>Belum dijadwalkan</source>
        <translation>Not scheduled yet</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="157" />
        <source>Bank ide</source>
        <translation>Idea bank</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="183" />
        <source>Seret ke tanggal di kalender untuk menjadwalkan.</source>
        <translation>Drag onto a date in the calendar to schedule it.</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="220" />
        <location filename="../calendar/screen.py" line="361" />
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="250" />
        <location filename="../calendar/screen.py" line="285" />
        <source>Jadwalkan video</source>
        <translation>Schedule video</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="257" />
        <source>Pindahkan jadwal</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="262" />
        <source>Dijadwalkan {0}.</source>
        <translation>Scheduled for {0}.</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="315" />
        <source>Tandai sudah tayang</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="342" />
        <source>Ubah target unggah</source>
        <translation>Change upload targets</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="354" />
        <source>Ekspor kalender</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="363" />
        <source>{0} jadwal diekspor ke {1}</source>
        <translation>{0} scheduled items exported to {1}</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <location filename="../subtitles/widgets.py" line="170" />
        <source>Memuat bingkai video…</source>
        <translation>Loading the video frame…</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../storyboard/panel.py" line="81" />
        <source>otomatis</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="82" />
        <source> dtk</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="93" />
        <source>Jenis shot</source>
        <translation>Shot type</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="94" />
        <source>Sudut</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="95" />
        <source>Gerakan kamera</source>
        <translation>Camera movement</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="96" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="97" />
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="98" />
        <source>Durasi target</source>
        <translation>Target duration</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="99" />
        <source>Narasi</source>
        <translation>Narration</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="100" />
        <source>Teks layar</source>
        <translation>On-screen text</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="101" />
        <source>Catatan visual</source>
        <translation>Visual notes</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="109" />
        <source>Pilih gambar…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="110" />
        <source>Tempel (Ctrl+V)</source>
        <translation>Paste (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="111" />
        <source>Dari video…</source>
        <translation>From video…</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="112" />
        <source>Sketsa…</source>
        <translation>Sketch…</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="113" />
        <source>Hapus gambar</source>
        <translation>Remove picture</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="114" />
        <source>Bingkai 9:16</source>
        <translation>9:16 frame</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="167" />
        <source>Pilih kartu untuk mengubahnya.</source>
        <translation>Select a card to edit it.</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="175" />
        <source>{0} kartu dipilih</source>
        <translation>{0} cards selected</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="177" />
        <source>Pilihan di atas berlaku untuk semua kartu terpilih.</source>
        <translation>The choices above apply to all selected cards.</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="197" />
        <source>Kartu #{0}</source>
        <translation>Card #{0}</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="204" />
        <source>Berkas gambar hilang: {0}. Pilih gambar lagi.</source>
        <translation>Picture file missing: {0}. Choose the picture again.</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="209" />
        <source>Belum ada gambar: seret foto, tempel, ambil dari video, atau sketsa.</source>
        <translation>No picture yet: drag in a photo, paste one, grab a frame from a video, or sketch.</translation>
    </message>
    <message>
        <location filename="../storyboard/panel.py" line="212" />
        <source>Gambar: {0}</source>
        <translation>Picture: {0}</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../brand/editor.py" line="53" />
        <source>Otomatis (dari palet)</source>
        <translation>Automatic (from palette)</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="67" />
        <source>otomatis</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="79" />
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../brand/editor.py" line="88" />
        <source>Pilih warna</source>
        <translation>Choose colour</translation>
    </message>
</context>
<context>
    <name>FramePickerDialog</name>
    <message>
        <location filename="../storyboard/dialogs.py" line="129" />
        <source>Ambil bingkai dari {0}</source>
        <translation>Grab a frame from {0}</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="143" />
        <source>Pakai bingkai ini</source>
        <translation>Use this frame</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="160" />
        <source>Detik {0:.1f} dari {1:.1f}</source>
        <translation>{0:.1f} s of {1:.1f} s</translation>
    </message>
</context>
<context>
    <name>FrameViewDialog</name>
    <message>
        <location filename="../storyboard/dialogs.py" line="90" />
        <source>Bingkai 9:16 — kartu #{0}</source>
        <translation>9:16 frame — card #{0}</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="93" />
        <source>Zona aman:</source>
        <translation>Safe zone:</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="97" />
        <source>Semua platform (paling ketat)</source>
        <translation>All platforms (strictest)</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="104" />
        <source>Area merah tertutup tombol dan teks aplikasi: jangan taruh teks, logo, atau wajah penting di sana.</source>
        <translation>The red areas are covered by app buttons and text: keep text, logos and important faces out of them.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../script/glossary_panel.py" line="23" />
        <source>Instansi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../script/glossary_panel.py" line="24" />
        <source>Pejabat</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../script/glossary_panel.py" line="25" />
        <source>Istilah</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../script/glossary_panel.py" line="26" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../script/glossary_panel.py" line="27" />
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../script/glossary_panel.py" line="39" />
        <source>mis. Diskominfo, Call Center 112</source>
        <translation>e.g. Diskominfo, Call Center 112</translation>
    </message>
    <message>
        <location filename="../script/glossary_panel.py" line="43" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../script/glossary_panel.py" line="44" />
        <source>Hapus istilah</source>
        <translation>Remove term</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../help/dialogs.py" line="97" />
        <source>Panduan memulai Kilas</source>
        <translation>Getting started with Kilas</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="105" />
        <source>Tampilkan panduan ini saat Kilas dibuka</source>
        <translation>Show this guide when Kilas starts</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="115" />
        <source>&lt;b&gt;Proyek&lt;/b&gt; (Ctrl+1): satu proyek adalah satu video. Tekan Ctrl+N untuk proyek baru dari templat, atau buka contoh &lt;i&gt;Kampanye Layanan 112&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Projects&lt;/b&gt; (Ctrl+1): one project is one video. Press Ctrl+N for a new project from a template, or open the sample &lt;i&gt;Kampanye Layanan 112&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="119" />
        <source>&lt;b&gt;Naskah&lt;/b&gt; (Ctrl+2): tulis narasi dan teks layar per shot. Bilah di atas menunjukkan perkiraan durasi terhadap target 60 detik.</source>
        <translation>&lt;b&gt;Script&lt;/b&gt; (Ctrl+2): write the narration and on-screen text of each shot. The bar at the top shows the estimated length against the 60-second target.</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="123" />
        <source>&lt;b&gt;Storyboard&lt;/b&gt; (Ctrl+3): tambahkan foto atau video ke setiap shot, seret kartu untuk mengubah urutan. Urutan naskah ikut berubah.</source>
        <translation>&lt;b&gt;Storyboard&lt;/b&gt; (Ctrl+3): add a photo or video to each shot, drag cards to change the order. The script's order changes with it.</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="127" />
        <source>&lt;b&gt;Subtitle&lt;/b&gt; (Ctrl+4): Kilas menulis takarir dari suara narasi secara otomatis, lalu Anda bisa memperbaikinya.</source>
        <translation>&lt;b&gt;Subtitles&lt;/b&gt; (Ctrl+4): Kilas writes the captions from the narration automatically; then you can correct them.</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="131" />
        <source>&lt;b&gt;Render&lt;/b&gt; (Ctrl+5): periksa pratinjau dan buat video 1080×1920 bermerek. Video jadi ada di folder keluaran; klik &lt;i&gt;Buka folder&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Render&lt;/b&gt; (Ctrl+5): check the preview and make the branded 1080×1920 video. The finished video is in the output folder; click &lt;i&gt;Open folder&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="135" />
        <source>&lt;b&gt;Brand kit&lt;/b&gt;, &lt;b&gt;Kalender&lt;/b&gt; dan &lt;b&gt;Laporan&lt;/b&gt;: logo dan warna instansi, jadwal unggah, dan angka kinerja setiap bulan.</source>
        <translation>&lt;b&gt;Brand kit&lt;/b&gt;, &lt;b&gt;Calendar&lt;/b&gt; and &lt;b&gt;Report&lt;/b&gt;: your office's logo and colours, the posting schedule, and each month's performance figures.</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="141" />
        <source>&lt;h2&gt;Selamat datang di Kilas&lt;/h2&gt;&lt;p&gt;Dari naskah sampai video siap unggah, dalam enam langkah. Semua perubahan tersimpan otomatis; Ctrl+Z membatalkan.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Kilas&lt;/h2&gt;&lt;p&gt;From script to a video ready to upload, in six steps. Every change is saved at once; Ctrl+Z undoes it.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="145" />
        <source>&lt;p&gt;Daftar semua pintasan: &lt;b&gt;Bantuan → Daftar pintasan&lt;/b&gt; (Ctrl+/). Ada masalah? &lt;b&gt;Bantuan → Laporkan masalah…&lt;/b&gt; membuat satu berkas zip untuk dikirim ke tim pendukung, tanpa perlu internet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;All shortcuts: &lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; (Ctrl+/). A problem? &lt;b&gt;Help → Report a problem…&lt;/b&gt; makes one zip file to send to your support team, no internet needed.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HandEntryDialog</name>
    <message>
        <location filename="../report/dialogs.py" line="195" />
        <source>Isi angka kinerja</source>
        <translation>Enter performance figures</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="204" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="210" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="214" />
        <source>Tanggal tayang</source>
        <translation>Publish date</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../calendar/dialogs.py" line="181" />
        <source>Kartu ide</source>
        <translation>Idea card</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="184" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="190" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="192" />
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="192" />
        <source>Sedang</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="192" />
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="196" />
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="199" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <location filename="../calendar/ideas_panel.py" line="44" />
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="44" />
        <source>Ide</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="44" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="56" />
        <source>Belum ada ide. Catat ide video di sini, lalu jadikan proyek.</source>
        <translation>No ideas yet. Note video ideas here, then turn them into projects.</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="57" />
        <location filename="../calendar/ideas_panel.py" line="62" />
        <location filename="../calendar/ideas_panel.py" line="86" />
        <location filename="../calendar/ideas_panel.py" line="160" />
        <source>Ide baru</source>
        <translation>New idea</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="63" />
        <source>Ide baru (Ctrl+I)</source>
        <translation>New idea (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="64" />
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="65" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="76" />
        <source>(tanpa templat)</source>
        <translation>(no template)</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="81" />
        <location filename="../calendar/ideas_panel.py" line="207" />
        <source>Jadikan proyek</source>
        <translation>Make project</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="98" />
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="98" />
        <source>Sedang</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="98" />
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="109" />
        <source>Sudah menjadi proyek: {0}</source>
        <translation>Already a project: {0}</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="170" />
        <source>Ubah ide</source>
        <translation>Edit idea</translation>
    </message>
    <message>
        <location filename="../calendar/ideas_panel.py" line="181" />
        <source>Hapus ide</source>
        <translation>Delete idea</translation>
    </message>
</context>
<context>
    <name>KitActionsMixin</name>
    <message>
        <location filename="../brand/kit_actions.py" line="48" />
        <source>Kit baru {0}</source>
        <translation>New kit {0}</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="55" />
        <location filename="../brand/kit_actions.py" line="57" />
        <source>Kit baru</source>
        <translation>New kit</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="56" />
        <location filename="../brand/kit_actions.py" line="174" />
        <source>Nama brand kit:</source>
        <translation>Brand kit name:</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="75" />
        <source>Hapus brand kit</source>
        <translation>Delete brand kit</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="83" />
        <source>Jadikan kit bawaan</source>
        <translation>Make default kit</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="96" />
        <source>Pilih kit proyek</source>
        <translation>Choose project kit</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="126" />
        <source>Ganti logo</source>
        <translation>Replace logo</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="136" />
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="136" />
        <source>Logo (*.png *.svg *.jpg *.jpeg *.webp)</source>
        <translation>Logo (*.png *.svg *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="143" />
        <location filename="../brand/kit_actions.py" line="161" />
        <source>Tambah fon</source>
        <translation>Add font</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="143" />
        <source>Fon (*.ttf *.otf)</source>
        <translation>Fonts (*.ttf *.otf)</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="167" />
        <source>Fon ditambahkan: {0}</source>
        <translation>Fonts added: {0}</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="174" />
        <source>Ganti nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="188" />
        <source>Ganti nama brand kit</source>
        <translation>Rename brand kit</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="203" />
        <source>Brand kit diimpor.</source>
        <translation>Brand kit imported.</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="210" />
        <source>Impor brand kit</source>
        <translation>Import brand kit</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="210" />
        <location filename="../brand/kit_actions.py" line="223" />
        <source>Brand kit Kilas (*.kilasbrand)</source>
        <translation>Kilas brand kit (*.kilasbrand)</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="221" />
        <source>Ekspor brand kit</source>
        <translation>Export brand kit</translation>
    </message>
    <message>
        <location filename="../brand/kit_actions.py" line="235" />
        <source>Brand kit diekspor ke {0}</source>
        <translation>Brand kit exported to {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="70" />
        <source>Ruang kerja tim %1 · folder bersama %2</source>
        <translation>Team workspace %1 · shared folder %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="80" />
        <source>Tim</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103" />
        <source>Belum ada proyek. Buat proyek pertama untuk mulai.</source>
        <translation>No projects yet. Create your first project to begin.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104" />
        <source>Buat proyek baru…</source>
        <translation>Create a new project…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124" />
        <source>Buka ruang kerja…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127" />
        <source>Ruang kerja baru…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129" />
        <source>Buka ruang kerja tim…</source>
        <translation>Open team workspace…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>Salin ruang kerja ini ke tim…</source>
        <translation>Copy this workspace to a team…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140" />
        <source>Ruang kerja terbaru</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141" />
        <source>Buat ruang kerja contoh</source>
        <translation>Create sample workspace</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151" />
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="158" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170" />
        <source>Bant&amp;uan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171" />
        <source>Panduan memulai</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174" />
        <source>Daftar pintasan</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177" />
        <source>Laporkan masalah…</source>
        <translation>Report a problem…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179" />
        <location filename="../main_window.py" line="390" />
        <source>Tentang Kilas</source>
        <translation>About Kilas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182" />
        <source>Proyek</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185" />
        <source>Proyek: </source>
        <translation>Project: </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316" />
        <source>Buka ruang kerja</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322" />
        <source>Pilih folder kosong untuk ruang kerja baru</source>
        <translation>Choose an empty folder for the new workspace</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="366" />
        <source>Simpan laporan masalah</source>
        <translation>Save the problem report</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="368" />
        <source>Arsip zip (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="382" />
        <source>Laporan disimpan di {0}.
Kirim berkas ini ke tim pendukung; isinya versi, hasil pemeriksaan dan catatan Kilas, tanpa video atau naskah Anda.</source>
        <translation>The report is saved in {0}.
Send this file to your support team; it holds versions, check results and Kilas's log, none of your videos or scripts.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="392" />
        <source>&lt;b&gt;Kilas {0}&lt;/b&gt;&lt;p&gt;Studio video vertikal luring untuk tim humas: naskah, storyboard, render bermerek, subtitle otomatis, dan kalender konten.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Kilas {0}&lt;/b&gt;&lt;p&gt;Offline vertical-video studio for PR teams: scripts, storyboards, branded renders, automatic subtitles and a content calendar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../report/dialogs.py" line="64" />
        <source>Pemetaan kolom</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="70" />
        <source>Pilih arti setiap kolom berkas. Kolom yang diabaikan tidak diimpor. Perlu kolom judul atau ID proyek, dan minimal satu angka.</source>
        <translation>Choose what each column in the file means. Ignored columns are not imported. A title or project ID column is required, plus at least one figure.</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="78" />
        <source>Pemetaan tersimpan:</source>
        <translation>Saved mapping:</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="80" />
        <source>(baru)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="85" />
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="87" />
        <source>(dari kolom platform)</source>
        <translation>(from the platform column)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="95" />
        <source>Kolom berkas</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="95" />
        <source>Contoh</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="95" />
        <source>Artinya</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="118" />
        <source>Ingat pemetaan ini sebagai</source>
        <translation>Remember this mapping as</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="121" />
        <source>mis. Ekspor TikTok Studio</source>
        <translation>e.g. TikTok Studio export</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="129" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="167" />
        <source>Satu arti hanya boleh dipilih untuk satu kolom.</source>
        <translation>Each meaning can be chosen for one column only.</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="171" />
        <source>Perlu kolom judul atau ID proyek, dan minimal satu angka.</source>
        <translation>A title or project ID column is required, plus at least one figure.</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="174" />
        <source>Pilih platform: berkas ini tidak punya kolom platform.</source>
        <translation>Choose a platform: this file has no platform column.</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="177" />
        <source>Beri nama pemetaan, atau jangan centang 'Ingat'.</source>
        <translation>Name the mapping, or untick 'Remember'.</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../subtitles/model_dialog.py" line="37" />
        <source>Model Whisper</source>
        <translation>Whisper models</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="42" />
        <source>Kilas bekerja tanpa internet. Model berkas .pt (openai-whisper) atau folder CTranslate2 (faster-whisper, lebih cepat) diimpor dari flashdisk atau folder bersama; Kilas juga menemukan model di cache biasa dan di folder models/ ruang kerja.</source>
        <translation>Kilas works offline. Import a .pt model file (openai-whisper) or a CTranslate2 folder (faster-whisper, quicker) from a USB drive or shared folder; Kilas also finds models in the usual caches and in the workspace's models/ folder.</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="52" />
        <source>Dipakai</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="53" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="54" />
        <source>Mesin</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="55" />
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="56" />
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="72" />
        <source>Pakai model ini</source>
        <translation>Use this model</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="74" />
        <source>Impor berkas .pt…</source>
        <translation>Import .pt file…</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="76" />
        <source>Impor folder CTranslate2…</source>
        <translation>Import CTranslate2 folder…</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="78" />
        <source>Salin ke ruang kerja</source>
        <translation>Copy to workspace</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="85" />
        <source>Unduh model resmi (perlu internet):</source>
        <translation>Download an official model (needs internet):</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="89" />
        <source>Unduh</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="116" />
        <source>ruang kerja</source>
        <translation>workspace</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="117" />
        <source>bawaan aplikasi</source>
        <translation>bundled with the app</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="118" />
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="119" />
        <source>impor</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="67" />
        <source>Belum ada model. Impor berkas .pt atau folder CTranslate2.</source>
        <translation>No models yet. Import a .pt file or a CTranslate2 folder.</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="157" />
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="168" />
        <source>Memvalidasi model (memuat di proses terpisah)…</source>
        <translation>Validating the model (loading in a separate process)…</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="173" />
        <source>Model diimpor, diperiksa, dan dipakai.</source>
        <translation>Model imported, checked and in use.</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="178" />
        <source>Pilih model .pt</source>
        <translation>Choose .pt model</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="178" />
        <source>Model Whisper (*.pt)</source>
        <translation>Whisper model (*.pt)</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="184" />
        <source>Pilih folder model CTranslate2</source>
        <translation>Choose CTranslate2 model folder</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="201" />
        <source>Mengunduh {0}…</source>
        <translation>Downloading {0}…</translation>
    </message>
    <message>
        <location filename="../subtitles/model_dialog.py" line="204" />
        <source>Model diunduh dan dipakai.</source>
        <translation>Model downloaded and in use.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../screens.py" line="48" />
        <source>Proyek</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../screens.py" line="49" />
        <source>Naskah</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../screens.py" line="50" />
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location filename="../screens.py" line="51" />
        <source>Subtitle</source>
        <translation>Subtitles</translation>
    </message>
    <message>
        <location filename="../screens.py" line="52" />
        <source>Render</source>
        <translation>Render</translation>
    </message>
    <message>
        <location filename="../screens.py" line="53" />
        <source>Brand kit</source>
        <translation>Brand kit</translation>
    </message>
    <message>
        <location filename="../screens.py" line="54" />
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../screens.py" line="55" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../projects/new_dialog.py" line="14" />
        <source>Proyek baru</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../projects/new_dialog.py" line="19" />
        <source>(kosong)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../projects/new_dialog.py" line="23" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../projects/new_dialog.py" line="24" />
        <source>Seri</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../projects/new_dialog.py" line="25" />
        <source>Templat naskah</source>
        <translation>Script template</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../brand/panels.py" line="96" />
        <source>Pemeriksaan sebelum render</source>
        <translation>Pre-render check</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="99" />
        <source>Periksa (F5)</source>
        <translation>Check (F5)</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="102" />
        <source>Perbaiki</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="109" />
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="109" />
        <source>Shot</source>
        <translation>Shot</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="109" />
        <source>Perbaikan</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="109" />
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="133" />
        <source>Siap render: tidak ada temuan.</source>
        <translation>Ready to render: no issues found.</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="135" />
        <source>{0} galat, {1} peringatan</source>
        <translation>{0} errors, {1} warnings</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="137" />
        <source>Galat</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="137" />
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="138" />
        <source>Perbaiki ▸</source>
        <translation>Fix ▸</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../brand/panels.py" line="32" />
        <source>Kartu judul</source>
        <translation>Title card</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="33" />
        <source>Keterangan nama</source>
        <translation>Lower third</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="34" />
        <source>Kartu penutup</source>
        <translation>End card</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="35" />
        <source>Teks di layar</source>
        <translation>On-screen text</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="49" />
        <source>Zona aman</source>
        <translation>Safe zone</translation>
    </message>
    <message>
        <location filename="../brand/panels.py" line="63" />
        <source>Pratinjau 9:16</source>
        <translation>9:16 preview</translation>
    </message>
</context>
<context>
    <name>ProjectBoard</name>
    <message>
        <location filename="../projects/board.py" line="202" />
        <source>{0} shot · ±{1} dtk</source>
        <translation>{0} shots · ±{1} s</translation>
    </message>
    <message>
        <location filename="../projects/board.py" line="205" />
        <source>Tayang {0}</source>
        <translation>Publishes {0}</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../projects/screen.py" line="62" />
        <source>Proyek baru</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="70" />
        <location filename="../projects/screen.py" line="303" />
        <source>Ganti nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="78" />
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="86" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="94" />
        <source>Buka naskah</source>
        <translation>Open script</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="100" />
        <source>Cari judul atau seri…</source>
        <translation>Search title or series…</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="115" />
        <source>Papan</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="120" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="121" />
        <source>Seri</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="122" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="123" />
        <source>Shot</source>
        <translation>Shots</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="124" />
        <source>Perkiraan (dtk)</source>
        <translation>Estimate (s)</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="125" />
        <source>Jadwal tayang</source>
        <translation>Publish date</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="126" />
        <source>Diubah</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="145" />
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="149" />
        <source>Belum ada proyek. Buat proyek pertama, dari templat naskah atau kosong.</source>
        <translation>No projects yet. Create the first one, from a script template or blank.</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="150" />
        <source>Proyek baru…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="160" />
        <source>Media hilang</source>
        <translation>Missing media</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="165" />
        <source>Tautkan ulang…</source>
        <translation>Relink…</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="167" />
        <source>Cari di folder…</source>
        <translation>Search in folder…</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="224" />
        <source>Belum ada proyek. Tekan Ctrl+N untuk membuat proyek baru.</source>
        <translation>No projects yet. Press Ctrl+N to create a new project.</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="230" />
        <source>melebihi target</source>
        <translation>over target</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="232" />
        <source>sesuai target</source>
        <translation>on target</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="237" />
        <source>&lt;p&gt;Status: &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} shot, ±{2} dtk dari {3} dtk ({4})&lt;br&gt;Platform: {5}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Status: &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} shots, ±{2} s of {3} s ({4})&lt;br&gt;Platform: {5}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="253" />
        <source>Semua media ditemukan.</source>
        <translation>All media found.</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="269" />
        <location filename="../projects/screen.py" line="369" />
        <location filename="../projects/screen.py" line="397" />
        <source>Kilas</source>
        <translation>Kilas</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="303" />
        <source>Judul baru:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="326" />
        <source>Hapus proyek</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="327" />
        <source>Hapus proyek "{0}"? Anda bisa membatalkannya dengan Ctrl+Z.</source>
        <translation>Delete project "{0}"? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="353" />
        <source>Pilih berkas pengganti</source>
        <translation>Choose replacement file</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="361" />
        <source>Cari media di folder</source>
        <translation>Search for media in folder</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="369" />
        <source>Tidak ada berkas yang cocok di folder itu.</source>
        <translation>No matching files in that folder.</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="375" />
        <source>Mencari media di folder…</source>
        <translation>Searching the folder for media…</translation>
    </message>
    <message>
        <location filename="../projects/screen.py" line="387" />
        <source>Media ditautkan ulang: {0}</source>
        <translation>Media relinked: {0}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../calendar/dialogs.py" line="61" />
        <source>Tandai sudah tayang</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="61" />
        <source>Jadwalkan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="68" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="73" />
        <source>Tanggal dan jam tayang</source>
        <translation>Publish date and time</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="73" />
        <source>Jadwal</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="79" />
        <source>Tautan video</source>
        <translation>Video link</translation>
    </message>
</context>
<context>
    <name>QueueDialogs</name>
    <message>
        <location filename="../render/queue_dialogs.py" line="33" />
        <source>Sesuai lembar</source>
        <translation>As in sheet</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="41" />
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="42" />
        <source>Draf (cepat)</source>
        <translation>Draft (fast)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../render/queue_panel.py" line="58" />
        <source>Proyek</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="59" />
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="60" />
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="62" />
        <source>Komputer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="63" />
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="64" />
        <source>Sisa</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="65" />
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="66" />
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="120" />
        <source>Menunggu</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="121" />
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="122" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="123" />
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="124" />
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="144" />
        <location filename="../render/queue_panel.py" line="254" />
        <source>Tambah proyek…</source>
        <translation>Add project…</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="152" />
        <source>Tambah seri…</source>
        <translation>Add series…</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="160" />
        <source>Impor lembar CSV/XLSX…</source>
        <translation>Import CSV/XLSX sheet…</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="169" />
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="177" />
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="186" />
        <source>Batalkan</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="192" />
        <source>Ulangi</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="197" />
        <source>Bersihkan yang selesai</source>
        <translation>Clear finished</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="206" />
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="212" />
        <source>Putar</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="216" />
        <location filename="../render/queue_panel.py" line="360" />
        <source>Jeda antrean</source>
        <translation>Pause queue</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="224" />
        <source>Render paralel:</source>
        <translation>Parallel renders:</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="227" />
        <source>Jumlah video yang dirender bersamaan</source>
        <translation>Number of videos rendered at the same time</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="253" />
        <source>Antrean kosong. Tambahkan proyek untuk dirender di latar belakang.</source>
        <translation>The queue is empty. Add projects to render them in the background.</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="285" />
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="285" />
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="332" />
        <source>{0} (komputer ini)</source>
        <translation>{0} (this computer)</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="340" />
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="342" />
        <source>Percobaan ke-{0}</source>
        <translation>Attempt {0}</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="350" />
        <source>{0} berjalan · {1} menunggu · {2} selesai · {3} gagal</source>
        <translation>{0} running · {1} queued · {2} done · {3} failed</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="354" />
        <source>ANTREAN DIJEDA</source>
        <translation>QUEUE PAUSED</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="356" />
        <source>pelaksana berhenti</source>
        <translation>worker stopped</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="360" />
        <source>Lanjutkan antrean</source>
        <translation>Resume queue</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="452" />
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="455" />
        <source>{0} video masuk antrean.</source>
        <translation>{0} videos added to the queue.</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="468" />
        <location filename="../render/queue_panel.py" line="490" />
        <source>Impor lembar</source>
        <translation>Import sheet</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="477" />
        <source>baris {0}: {1}</source>
        <translation>row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="485" />
        <source>{0} video masuk antrean, {1} baris ditolak.</source>
        <translation>{0} videos added to the queue, {1} rows rejected.</translation>
    </message>
    <message>
        <location filename="../render/queue_panel.py" line="525" />
        <source>Antrean dijeda: render yang berjalan diselesaikan.</source>
        <translation>Queue paused: renders in progress will finish.</translation>
    </message>
</context>
<context>
    <name>RenderScreen</name>
    <message>
        <location filename="../render/screen.py" line="101" />
        <location filename="../render/screen.py" line="257" />
        <source>Pilih proyek untuk melihat pratinjau.</source>
        <translation>Choose a project to see a preview.</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="105" />
        <source>Geser untuk melihat bingkai mana pun (PageUp/PageDown: shot)</source>
        <translation>Drag to view any frame (PageUp/PageDown: shot)</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="132" />
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="134" />
        <source>Final (untuk unggah)</source>
        <translation>Final (for upload)</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="135" />
        <source>Draf (cepat, untuk cek)</source>
        <translation>Draft (fast, for checking)</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="136" />
        <source>Kualitas:</source>
        <translation>Quality:</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="140" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="143" />
        <source>Folder hasil:</source>
        <translation>Output folder:</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="146" />
        <source>Render (Ctrl+R)</source>
        <translation>Render (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="149" />
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="164" />
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="166" />
        <source>Putar</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="183" />
        <source>Urutan video (klik untuk melompat):</source>
        <translation>Video sequence (click to jump):</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="193" />
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="194" />
        <source>foto</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="195" />
        <source>latar warna</source>
        <translation>colour background</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="197" />
        <source>tahan bingkai akhir</source>
        <translation>hold last frame</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="197" />
        <source>diulang</source>
        <translation>looped</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="200" />
        <source>Shot {0}</source>
        <translation>Shot {0}</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="207" />
        <source>transisi silang</source>
        <translation>crossfade</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="214" />
        <source>kartu judul</source>
        <translation>title card</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="216" />
        <source>teks layar</source>
        <translation>on-screen text</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="217" />
        <source>kartu penutup</source>
        <translation>end card</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="218" />
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="227" />
        <source>narasi</source>
        <translation>narration</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="229" />
        <source>suara klip</source>
        <translation>clip audio</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="231" />
        <source>musik (meredup saat narasi)</source>
        <translation>music (ducked under narration)</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="233" />
        <source>subtitle</source>
        <translation>subtitles</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="235" />
        <source>Suara: {0}</source>
        <translation>Audio: {0}</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="235" />
        <source>hening</source>
        <translation>silent</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="256" />
        <source>Belum ada proyek yang dipilih.</source>
        <translation>No project selected.</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="260" />
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing preview…</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="290" />
        <source>Video {0} · {1} shot</source>
        <translation>Video {0} · {1} shots</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="299" />
        <source>Naskah ±{0} dtk; video berbeda karena jeda, transisi dan kartu penutup.</source>
        <translation>Script ±{0} s; the video differs because of holds, transitions and the end card.</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="313" />
        <source>Shot {0}: {1} – {2}</source>
        <translation>Shot {0}: {1} – {2}</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="372" />
        <source>{0} / {1} · shot {2} dari {3}</source>
        <translation>{0} / {1} · shot {2} of {3}</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="406" />
        <source>Folder hasil render</source>
        <translation>Render output folder</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="435" />
        <source>Antrean render dijeda: render dimulai setelah antrean dilanjutkan.</source>
        <translation>The render queue is paused: the render starts once the queue is resumed.</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="438" />
        <source>Menunggu giliran di antrean render…</source>
        <translation>Waiting for its turn in the render queue…</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="451" />
        <source>Menyiapkan render…</source>
        <translation>Preparing render…</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="444" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="215" />
        <source>keterangan nama</source>
        <translation>lower third</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="476" />
        <source>Dirender di komputer {0}</source>
        <translation>Rendering on computer {0}</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="496" />
        <source>Selesai: {0}
di {1}
({2:.1f} MB, {3:.0f} detik)</source>
        <translation>Done: {0}
in {1}
({2:.1f} MB, {3:.0f} seconds)</translation>
    </message>
    <message>
        <location filename="../render/screen.py" line="524" />
        <source>Render dibatalkan; tidak ada berkas yang tertinggal.</source>
        <translation>Render cancelled; no files were left behind.</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../report/screen.py" line="68" />
        <source>Bulan: </source>
        <translation>Month: </translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="77" />
        <location filename="../report/screen.py" line="187" />
        <source>Impor angka (CSV)…</source>
        <translation>Import figures (CSV)…</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="85" />
        <source>Isi angka manual…</source>
        <translation>Enter figures manually…</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="94" />
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="102" />
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="112" />
        <location filename="../report/screen.py" line="167" />
        <source>Tayangan</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="113" />
        <source>Interaksi</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="114" />
        <source>Tingkat keterlibatan</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="115" />
        <source>Pengikut baru</source>
        <translation>New followers</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="116" />
        <source>Video tayang</source>
        <translation>Videos published</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="117" />
        <source>Waktu unggah terbaik</source>
        <translation>Best time to post</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="139" />
        <source>Tayangan per platform</source>
        <translation>Views by platform</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="140" />
        <source>Tayangan 6 bulan terakhir</source>
        <translation>Views, last 6 months</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="141" />
        <source>Rata-rata tayangan per hari unggah</source>
        <translation>Average views by posting day</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="142" />
        <source>Rata-rata tayangan per jam unggah</source>
        <translation>Average views by posting hour</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="143" />
        <source>Keterlibatan per format (%)</source>
        <translation>Engagement by format (%)</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="144" />
        <source>Rata-rata tayangan per durasi</source>
        <translation>Average views by duration</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="145" />
        <source>Tayangan per topik</source>
        <translation>Views by topic</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="156" />
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="160" />
        <source>Topik</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="164" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="165" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="166" />
        <source>Tayang</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="168" />
        <source>Suka</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="169" />
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="170" />
        <source>Dibagikan</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="171" />
        <source>Disimpan</source>
        <translation>Saves</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="172" />
        <source>Keterlibatan</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="179" />
        <source>Video</source>
        <translation>Videos</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="184" />
        <source>Belum ada angka kinerja bulan ini. Impor CSV dari platform, atau isi manual (Ctrl+Shift+N).</source>
        <translation>No performance figures for this month yet. Import a CSV from the platform, or enter them by hand (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="195" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="330" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="343" />
        <location filename="../report/screen.py" line="393" />
        <source>Impor angka kinerja</source>
        <translation>Import performance figures</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="345" />
        <source>Berkas CSV (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="386" />
        <source>Mengimpor {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="418" />
        <source>Dibatalkan; tidak ada yang diubah.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="437" />
        <source>{0} angka baru, {1} diperbarui.</source>
        <translation>{0} new figures, {1} updated.</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="440" />
        <source>{0} baris menyebut video yang tidak dikenal Kilas.</source>
        <translation>{0} rows refer to videos Kilas does not know.</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="446" />
        <source>Baris {0}: {1} — {2}</source>
        <translation>Row {0}: {1} — {2}</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="451" />
        <source>Baris {0}: tidak terbaca ({1})</source>
        <translation>Row {0}: unreadable ({1})</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="453" />
        <source>Kolom diabaikan: {0}</source>
        <translation>Ignored columns: {0}</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="461" />
        <source>Hasil impor</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="487" />
        <source>Isi angka kinerja</source>
        <translation>Enter performance figures</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="505" />
        <source>Ekspor laporan</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="518" />
        <source>Laporan disimpan: {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
    <message>
        <location filename="../report/screen.py" line="521" />
        <source>Menyimpan laporan…</source>
        <translation>Saving report…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../script/review_panel.py" line="37" />
        <source>Dikirim untuk ditinjau</source>
        <translation>Sent for review</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="38" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="39" />
        <source>Dikembalikan untuk revisi</source>
        <translation>Sent back for changes</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="40" />
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="62" />
        <source>Nama Anda</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="64" />
        <source>Komentar atau alasan keputusan</source>
        <translation>Comment or reason for the decision</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="66" />
        <source>Kirim untuk ditinjau</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="67" />
        <source>Komentar pada shot ini</source>
        <translation>Comment on this shot</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="68" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="70" />
        <source>Kembalikan untuk revisi</source>
        <translation>Return for revision</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="73" />
        <source>Perubahan sejak disetujui</source>
        <translation>Changes since approval</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="81" />
        <source>Peninjau</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="93" />
        <source>Riwayat keputusan dan komentar</source>
        <translation>History of decisions and comments</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="95" />
        <location filename="../script/review_panel.py" line="140" />
        <source>Tandai komentar selesai</source>
        <translation>Mark comment resolved</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="140" />
        <source>Buka lagi komentar</source>
        <translation>Reopen comment</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="177" />
        <source> · shot {0}</source>
        <translation> · shot {0}</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="185" />
        <source>  ✓ selesai</source>
        <translation>  ✓ resolved</translation>
    </message>
    <message>
        <location filename="../script/review_panel.py" line="192" />
        <source>Klik dua kali untuk membuka shot ini</source>
        <translation>Double-click to open this shot</translation>
    </message>
</context>
<context>
    <name>ScriptIOActions</name>
    <message>
        <location filename="../script/io_actions.py" line="37" />
        <source>Tempel naskah</source>
        <translation>Paste script</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="50" />
        <source>Impor naskah teks</source>
        <translation>Import text script</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="50" />
        <source>Teks (*.txt *.md);;Semua berkas (*)</source>
        <translation>Text (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="58" />
        <source>Impor naskah</source>
        <translation>Import script</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="59" />
        <source>Naskah ini sudah berisi shot. Ganti seluruhnya atau tambahkan?</source>
        <translation>This script already has shots. Replace them all or append?</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="62" />
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="63" />
        <source>Tambahkan</source>
        <translation>Append</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="79" />
        <location filename="../script/io_actions.py" line="91" />
        <location filename="../script/io_actions.py" line="103" />
        <source>Pulihkan naskah</source>
        <translation>Restore script</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="80" />
        <source>Belum ada naskah yang diganti impor di proyek ini.</source>
        <translation>No import has replaced this project's script yet.</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="83" />
        <source>sebelum impor</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="83" />
        <source>sebelum pemulihan</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="85" />
        <source>{0} · {1} · {2} shot</source>
        <translation>{0} · {1} · {2} shots</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="91" />
        <source>Naskah yang dikembalikan:</source>
        <translation>Script to put back:</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="129" />
        <source>Ekspor naskah</source>
        <translation>Export script</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="141" />
        <source>Mengekspor naskah…</source>
        <translation>Exporting script…</translation>
    </message>
    <message>
        <location filename="../script/io_actions.py" line="144" />
        <source>Naskah diekspor ke {0}</source>
        <translation>Script exported to {0}</translation>
    </message>
</context>
<context>
    <name>ScriptScreen</name>
    <message>
        <location filename="../script/screen.py" line="61" />
        <source>Ubah narasi</source>
        <translation>Edit narration</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="62" />
        <source>Ubah teks layar</source>
        <translation>Edit on-screen text</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="63" />
        <source>Ubah visual</source>
        <translation>Edit visual</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="64" />
        <source>Ubah lokasi</source>
        <translation>Edit location</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="65" />
        <source>Ubah durasi target</source>
        <translation>Edit target duration</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="66" />
        <source>Ubah jenis shot</source>
        <translation>Edit shot type</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="67" />
        <source>Pindah adegan</source>
        <translation>Change scene</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="102" />
        <source> kata/menit</source>
        <translation> wpm</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="104" />
        <source>Kecepatan narasi untuk perkiraan durasi (Indonesia: 130–160)</source>
        <translation>Narration speed for estimating duration (Indonesian: 130–160)</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="129" />
        <source>Tinjauan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="130" />
        <source>Glosarium</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="132" />
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="140" />
        <source>Durasi</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="216" />
        <source>Pilih atau buat proyek untuk menulis naskah.</source>
        <translation>Choose or create a project to write a script.</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="284" />
        <source>  ⚠ tidak muat</source>
        <translation>  ⚠ doesn't fit</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="289" />
        <source>  · {0} komentar</source>
        <translation>  · {0} comments</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="291" />
        <source>(adegan)</source>
        <translation>(scene)</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="316" />
        <source>{0} kata · narasi {1} dtk · shot {2} dtk</source>
        <translation>{0} words · narration {1} s · shot {2} s</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="321" />
        <source> · ⚠ tidak muat dalam target {0} dtk</source>
        <translation> · ⚠ does not fit the {0} s target</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="335" />
        <source>{0} / {1} dtk · lewat {2} dtk</source>
        <translation>{0} / {1} s · {2} s over</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="342" />
        <source>{0} / {1} dtk</source>
        <translation>{0} / {1} s</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="348" />
        <source>{0} shot · {1} kata</source>
        <translation>{0} shots · {1} words</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="350" />
        <source> · {0} shot tidak muat</source>
        <translation> · {0} shots don't fit</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="413" />
        <source>Sisip shot</source>
        <translation>Insert shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="416" />
        <source>Tambah shot</source>
        <translation>Add shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="420" />
        <source>Duplikat shot</source>
        <translation>Duplicate shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="424" />
        <source>Hapus shot</source>
        <translation>Delete shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="429" />
        <source>Pisah shot</source>
        <translation>Split shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="434" />
        <source>Gabung shot</source>
        <translation>Merge shots</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="443" />
        <location filename="../script/screen.py" line="455" />
        <source>Pindah shot</source>
        <translation>Move shot</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="474" />
        <location filename="../script/screen.py" line="483" />
        <source>Ganti nama adegan</source>
        <translation>Rename scene</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="494" />
        <location filename="../script/screen.py" line="500" />
        <source>Adegan baru</source>
        <translation>New scene</translation>
    </message>
    <message>
        <location filename="../script/screen.py" line="475" />
        <location filename="../script/screen.py" line="494" />
        <source>Judul adegan</source>
        <translation>Scene title</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../render/queue_dialogs.py" line="125" />
        <source>Impor lembar batch</source>
        <translation>Import batch sheet</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="129" />
        <source>berkas .csv atau .xlsx</source>
        <translation>.csv or .xlsx file</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="130" />
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="134" />
        <source>Folder keluaran:</source>
        <translation>Output folder:</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="137" />
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="139" />
        <source>Kualitas:</source>
        <translation>Quality:</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="140" />
        <source>Satu ZIP untuk seluruh batch</source>
        <translation>One ZIP for the whole batch</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="147" />
        <source>Impor dan antrekan</source>
        <translation>Import and queue</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="158" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="166" />
        <source>Pilih lembar batch</source>
        <translation>Choose batch sheet</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="168" />
        <source>Lembar (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Sheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../render/queue_dialogs.py" line="176" />
        <source>Folder keluaran</source>
        <translation>Output folder</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../help/dialogs.py" line="28" />
        <source>Daftar pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="32" />
        <source>Cari pintasan atau perintah…</source>
        <translation>Search shortcuts or commands…</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="39" />
        <source>Perintah</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="39" />
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="49" />
        <source>Di semua layar</source>
        <translation>On every screen</translation>
    </message>
</context>
<context>
    <name>ShotEditor</name>
    <message>
        <location filename="../script/shot_editor.py" line="97" />
        <source>Sangat lebar (EWS)</source>
        <translation>Extreme wide</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="98" />
        <source>Lebar (WS)</source>
        <translation>Wide</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="99" />
        <source>Sedang (MS)</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="100" />
        <source>Dekat (CU)</source>
        <translation>Close-up</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="101" />
        <source>Sangat dekat (ECU)</source>
        <translation>Extreme close-up</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="102" />
        <source>Sisipan / detail</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="103" />
        <source>Dari balik bahu (OTS)</source>
        <translation>Over the shoulder</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="130" />
        <source>Narasi (suara/dialog) shot ini…</source>
        <translation>Narration (voice-over/dialogue) for this shot…</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="132" />
        <source>Teks yang tampil di layar</source>
        <translation>Text shown on screen</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="135" />
        <source>Apa yang terlihat di gambar</source>
        <translation>What appears in the picture</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="142" />
        <source> dtk</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="143" />
        <source>otomatis (dari narasi)</source>
        <translation>auto (from narration)</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="171" />
        <source>Narasi</source>
        <translation>Narration</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="173" />
        <source>Teks layar</source>
        <translation>On-screen text</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="174" />
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="175" />
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="176" />
        <source>Durasi target</source>
        <translation>Target duration</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="177" />
        <source>Jenis shot</source>
        <translation>Shot type</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="178" />
        <source>Adegan</source>
        <translation>Scene</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="202" />
        <source>Samakan ejaan dengan glosarium</source>
        <translation>Match spelling to the glossary</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="228" />
        <source>(tanpa adegan)</source>
        <translation>(no scene)</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="230" />
        <source>(adegan tanpa judul)</source>
        <translation>(untitled scene)</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="234" />
        <source>Belum ada shot. Ctrl+Enter: shot baru · Ctrl+Shift+V: tempel naskah</source>
        <translation>No shots yet. Ctrl+Enter: new shot · Ctrl+Shift+V: paste script</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="245" />
        <source>Komentar — {0}</source>
        <translation>Comment — {0}</translation>
    </message>
    <message>
        <location filename="../script/shot_editor.py" line="242" />
        <source>Shot {0}</source>
        <translation>Shot {0}</translation>
    </message>
</context>
<context>
    <name>ShotListDialog</name>
    <message>
        <location filename="../storyboard/dialogs.py" line="200" />
        <source>Daftar shot per lokasi</source>
        <translation>Shot list by location</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="206" />
        <source>Lokasi / shot</source>
        <translation>Location / shot</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="207" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="208" />
        <source>Durasi</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="209" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="210" />
        <source>Narasi</source>
        <translation>Narration</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="219" />
        <source>{0} shot</source>
        <translation>{0} shots</translation>
    </message>
    <message>
        <location filename="../storyboard/dialogs.py" line="244" />
        <source>Simpan CSV…</source>
        <translation>Save CSV…</translation>
    </message>
</context>
<context>
    <name>SketchDialog</name>
    <message>
        <location filename="../storyboard/sketch.py" line="110" />
        <source>Sketsa kartu</source>
        <translation>Card sketch</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="113" />
        <source>Pena (P)</source>
        <translation>Pen (P)</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="114" />
        <source>Penghapus (E)</source>
        <translation>Eraser (E)</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="119" />
        <source>Urungkan (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="120" />
        <source>Bersihkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="124" />
        <source>Tebal</source>
        <translation>Thickness</translation>
    </message>
    <message>
        <location filename="../storyboard/sketch.py" line="134" />
        <source>Jadikan gambar kartu</source>
        <translation>Use as card picture</translation>
    </message>
</context>
<context>
    <name>StoryboardScreen</name>
    <message>
        <location filename="../storyboard/screen.py" line="65" />
        <location filename="../storyboard/screen.py" line="155" />
        <source>Kartu dari gambar…</source>
        <translation>Cards from pictures…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="73" />
        <source>Tempel gambar</source>
        <translation>Paste picture</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="81" />
        <source>Hapus kartu</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="90" />
        <source>Putar animatik</source>
        <translation>Play animatic</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="98" />
        <source>Ekspor animatik MP4…</source>
        <translation>Export animatic MP4…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="106" />
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="114" />
        <source>Daftar shot CSV…</source>
        <translation>Shot list CSV…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="120" />
        <source> Zoom </source>
        <translation> Zoom </translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="123" />
        <source>Ukuran kartu (Ctrl+= / Ctrl+-)</source>
        <translation>Card size (Ctrl+= / Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="154" />
        <source>Belum ada kartu. Tulis shot di Naskah, atau buat kartu dari gambar.</source>
        <translation>No cards yet. Write shots in Script, or make cards from pictures.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="174" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="199" />
        <source>Pilih proyek di layar Proyek untuk melihat storyboard.</source>
        <translation>Choose a project on the Projects screen to see its storyboard.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="212" />
        <source>{0} kartu · {1:.0f} dtk</source>
        <translation>{0} cards · {1:.0f} s</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="214" />
        <source> · {0} gambar hilang</source>
        <translation> · {0} pictures missing</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="293" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="299" />
        <source>Jenis shot</source>
        <translation>Shot type</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="306" />
        <source>Bingkai 9:16</source>
        <translation>9:16 frame</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="336" />
        <source>Tunggu pekerjaan yang sedang berjalan selesai.</source>
        <translation>Wait for the running task to finish.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="347" />
        <location filename="../storyboard/screen.py" line="403" />
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="394" />
        <source>{0} berkas dilewati. {1}</source>
        <translation>{0} files skipped. {1}</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="397" />
        <source>{0} kartu baru.</source>
        <translation>{0} new cards.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="406" />
        <source>Mengimpor {0} gambar…</source>
        <translation>Importing {0} pictures…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="423" />
        <source>Menyalin gambar…</source>
        <translation>Copying pictures…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="430" />
        <source>Pilih gambar</source>
        <translation>Choose pictures</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="430" />
        <location filename="../storyboard/screen.py" line="440" />
        <source>Gambar ({0})</source>
        <translation>Pictures ({0})</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="438" />
        <source>Kartu baru dari gambar</source>
        <translation>New cards from pictures</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="471" />
        <source>Papan klip tidak berisi gambar.</source>
        <translation>The clipboard does not contain a picture.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="474" />
        <source>Pilih satu kartu dulu, lalu tempel gambarnya.</source>
        <translation>Select a card first, then paste its picture.</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="490" />
        <source>Pilih video</source>
        <translation>Choose video</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="490" />
        <source>Video ({0})</source>
        <translation>Video ({0})</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="560" />
        <source>Ekspor animatik</source>
        <translation>Export animatic</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="573" />
        <source>Mengekspor animatik…</source>
        <translation>Exporting animatic…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="576" />
        <source>Cetak storyboard (PDF)</source>
        <translation>Print storyboard (PDF)</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="590" />
        <source>Daftar shot per lokasi (CSV)</source>
        <translation>Shot list by location (CSV)</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="598" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../storyboard/screen.py" line="602" />
        <source>Tersimpan: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>SubtitlesScreen</name>
    <message>
        <location filename="../subtitles/screen.py" line="87" />
        <source>Gaya:</source>
        <translation>Style:</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="95" />
        <source>Impor model…</source>
        <translation>Import model…</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="98" />
        <source>Transkripsi (Ctrl+T)</source>
        <translation>Transcribe (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="105" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="111" />
        <source>Impor SRT…</source>
        <translation>Import SRT…</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="112" />
        <source>Ekspor SRT…</source>
        <translation>Export SRT…</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="113" />
        <source>Ekspor ASS…</source>
        <translation>Export ASS…</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="122" />
        <source>&lt;b&gt;Belum ada model Whisper.&lt;/b&gt; Transkripsi otomatis butuh model, tanpa internet: klik &lt;i&gt;Impor model…&lt;/i&gt; lalu pilih berkas &lt;code&gt;.pt&lt;/code&gt; (openai-whisper, mis. base.pt) atau folder CTranslate2 (faster-whisper, lebih cepat) dari flashdisk atau folder bersama. Model di &lt;code&gt;~/.cache/whisper&lt;/code&gt;, cache Hugging Face, atau folder &lt;code&gt;models/&lt;/code&gt; ruang kerja ditemukan otomatis. Takarir tetap bisa diimpor dari SRT dan disunting tanpa model.</source>
        <translation>&lt;b&gt;No Whisper model yet.&lt;/b&gt; Automatic transcription needs a model but no internet: click &lt;i&gt;Import model…&lt;/i&gt; and choose a &lt;code&gt;.pt&lt;/code&gt; file (openai-whisper, e.g. base.pt) or a CTranslate2 folder (faster-whisper, quicker) from a USB drive or shared folder. Models in &lt;code&gt;~/.cache/whisper&lt;/code&gt;, the Hugging Face cache or the workspace's &lt;code&gt;models/&lt;/code&gt; folder are found automatically. Captions can still be imported from SRT and edited without a model.</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="140" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="140" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="140" />
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="140" />
        <source>Naskah</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="151" />
        <source>Belum ada takarir. Jalankan Transkripsi atau impor SRT.</source>
        <translation>No captions yet. Run Transcribe or import an SRT.</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="159" />
        <source>Pisah</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="160" />
        <source>Gabung</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="161" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="162" />
        <source>Mulai −</source>
        <translation>Start −</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="163" />
        <source>Mulai +</source>
        <translation>Start +</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="164" />
        <source>Akhir −</source>
        <translation>End −</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="165" />
        <source>Akhir +</source>
        <translation>End +</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="176" />
        <source>Geser semua (ms):</source>
        <translation>Shift all (ms):</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="181" />
        <source>Geser</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="189" />
        <source>Cari (Ctrl+H)</source>
        <translation>Find (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="192" />
        <source>Ganti dengan</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="193" />
        <source>Ganti semua</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="207" />
        <source>Putar dari takarir (Ctrl+P)</source>
        <translation>Play from caption (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="212" />
        <source>Henti</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="246" />
        <source>Pemutaran tidak tersedia di komputer ini ({0}).</source>
        <translation>Playback is not available on this computer ({0}).</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="256" />
        <source>Model: {0} ({1})</source>
        <translation>Model: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="258" />
        <source>Model: belum ada</source>
        <translation>Model: none</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="304" />
        <source>menyimpang</source>
        <translation>off-script</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="306" />
        <source>disunting</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="313" />
        <source>Ucapan berbeda dari naskah</source>
        <translation>Speech differs from the script</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="382" />
        <source>Ubah teks</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="387" />
        <source>Waktu tidak valid (mm:ss.mmm, akhir setelah mulai).</source>
        <translation>Invalid time (mm:ss.mmm, end after start).</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="390" />
        <source>Ubah waktu</source>
        <translation>Edit timing</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="399" />
        <source>Pisah takarir</source>
        <translation>Split caption</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="404" />
        <source>Gabung takarir</source>
        <translation>Merge captions</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="409" />
        <source>Hapus takarir</source>
        <translation>Delete caption</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="415" />
        <source>Geser waktu</source>
        <translation>Nudge timing</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="421" />
        <source>Geser semua</source>
        <translation>Shift all</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="427" />
        <source>Cari dan ganti</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="428" />
        <source>{0} penggantian.</source>
        <translation>{0} replacements.</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="442" />
        <source>Ganti gaya takarir</source>
        <translation>Change caption style</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="449" />
        <source>Timpa suntingan?</source>
        <translation>Overwrite edits?</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="450" />
        <source>Beberapa takarir sudah disunting. Ganti semuanya dengan hasil baru?</source>
        <translation>Some captions have been edited. Replace them all with the new results?</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="471" />
        <source>Transkripsi berjalan di proses terpisah…</source>
        <translation>Transcription is running in a separate process…</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="479" />
        <source>Transkripsi dibatalkan.</source>
        <translation>Transcription cancelled.</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="486" />
        <source>membaca suara</source>
        <translation>reading audio</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="487" />
        <source>mencari ucapan</source>
        <translation>detecting speech</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="488" />
        <source>memuat model</source>
        <translation>loading model</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="489" />
        <source>mentranskripsi</source>
        <translation>transcribing</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="491" />
        <source>Transkripsi: {0}…</source>
        <translation>Transcription: {0}…</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="152" />
        <location filename="../subtitles/screen.py" line="496" />
        <source>Transkripsi</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="499" />
        <source>{0} takarir dari {1:.0f} s suara.</source>
        <translation>{0} captions from {1:.0f} s of audio.</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="503" />
        <source>{0} kata sesuai naskah, {1} menyimpang.</source>
        <translation>{0} words match the script, {1} are off-script.</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="508" />
        <source>Tidak ada ucapan terdengar (hening atau musik): tidak ada takarir dibuat.</source>
        <translation>No speech detected (silence or music): no captions were created.</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="518" />
        <source>Transkripsi gagal</source>
        <translation>Transcription failed</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="529" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="540" />
        <location filename="../subtitles/screen.py" line="549" />
        <source>Impor SRT</source>
        <translation>Import SRT</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="540" />
        <source>Subtitle (*.srt)</source>
        <translation>Subtitles (*.srt)</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="555" />
        <source>Diimpor; waktu diperbaiki: {0}</source>
        <translation>Imported; timings fixed: {0}</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="568" />
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="578" />
        <source>Disimpan: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="581" />
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../subtitles/screen.py" line="593" />
        <source>Tidak ada narasi untuk diputar.</source>
        <translation>No narration to play.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../calendar/dialogs.py" line="91" />
        <source>Target dan slot unggah</source>
        <translation>Upload targets and slots</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="96" />
        <source>Target unggahan per minggu dan slot jam tayang. Jadwal baru otomatis menempel ke slot hari itu. Tulis slot seperti: Sen 19:00, Rab 19:00, Jum 12:30</source>
        <translation>Weekly upload targets and publishing time slots. New schedules snap to that day's slot automatically. Write slots like: Mon 19:00, Wed 19:00, Fri 12:30</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="105" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="105" />
        <source>Per minggu</source>
        <translation>Per week</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="105" />
        <source>Slot</source>
        <translation>Slots</translation>
    </message>
    <message>
        <location filename="../calendar/dialogs.py" line="131" />
        <source>Slot tidak terbaca: {0}</source>
        <translation>Unreadable slot: {0}</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <location filename="../team/open_dialog.py" line="74" />
        <source>Buka ruang kerja tim</source>
        <translation>Open team workspace</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="76" />
        <source>Salin ruang kerja ini ke ruang kerja tim</source>
        <translation>Copy this workspace to a team workspace</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="82" />
        <source>Ruang kerja tim disimpan di server basis data kantor (PostgreSQL); media dan hasil render ada di folder bersama. Tanyakan alamat server dan folder bersama kepada admin tim.</source>
        <translation>A team workspace is kept on the office's database server (PostgreSQL); media and renders are in a shared folder. Ask the team's admin for the server address and the shared folder.</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="88" />
        <source>Semua proyek, naskah, media dan pengaturan ruang kerja ini disalin ke ruang kerja tim yang masih kosong, lalu salinannya diperiksa. Ruang kerja ini tidak berubah.</source>
        <translation>Every project, script, media file and setting of this workspace is copied into an empty team workspace, then the copy is checked. This workspace does not change.</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="98" />
        <source>mis. server-humas atau 192.168.1.10</source>
        <translation>e.g. server-humas or 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="104" />
        <source>mis. \\server\kilas atau /mnt/kilas</source>
        <translation>e.g. \\server\kilas or /mnt/kilas</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="106" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="112" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="113" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="114" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="115" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="116" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="117" />
        <source>Folder bersama di komputer ini</source>
        <translation>Shared folder on this computer</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="120" />
        <source>Ingat kata sandi di brankas kunci sistem</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="127" />
        <source>Komputer ini tidak punya brankas kunci sistem; Kilas menanyakan kata sandi setiap kali dan tidak pernah menyimpannya di berkas.</source>
        <translation>This computer has no system keyring; Kilas asks for the password each time and never stores it in a file.</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="139" />
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="139" />
        <source>Salin ke server</source>
        <translation>Copy to the server</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="175" />
        <source>Pilih folder bersama tim</source>
        <translation>Choose the team's shared folder</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="183" />
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="184" />
        <source>basis data</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="185" />
        <source>pengguna</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="186" />
        <source>folder bersama</source>
        <translation>shared folder</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="191" />
        <source>Isi dulu: %1.</source>
        <translation>Fill in first: %1.</translation>
    </message>
    <message>
        <location filename="../team/open_dialog.py" line="200" />
        <source>Menghubungkan ke server…</source>
        <translation>Connecting to the server…</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../script/shot_editor.py" line="343" />
        <source>Salin semua</source>
        <translation>Copy all</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../subtitles/widgets.py" line="29" />
        <source>Gelombang suara narasi. Klik untuk memutar dari titik itu.</source>
        <translation>Narration waveform. Click to play from that point.</translation>
    </message>
    <message>
        <location filename="../subtitles/widgets.py" line="87" />
        <source>Memuat gelombang suara narasi…</source>
        <translation>Loading the narration's waveform…</translation>
    </message>
    <message>
        <location filename="../subtitles/widgets.py" line="89" />
        <source>Belum ada suara narasi.</source>
        <translation>No narration audio yet.</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../render/queue_panel.py" line="565" />
        <source>Kilas — antrean render</source>
        <translation>Kilas — render queue</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../report/dialogs.py" line="36" />
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="37" />
        <source>ID proyek (project_id)</source>
        <translation>Project ID (project_id)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="38" />
        <source>Judul video (title)</source>
        <translation>Video title (title)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="39" />
        <source>Tautan video (url)</source>
        <translation>Video link (url)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="40" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="41" />
        <source>Tanggal tayang (posted_at)</source>
        <translation>Publish date (posted_at)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="42" />
        <source>Tayangan (views)</source>
        <translation>Views (views)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="43" />
        <source>Suka (likes)</source>
        <translation>Likes (likes)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="44" />
        <source>Komentar (comments)</source>
        <translation>Comments (comments)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="45" />
        <source>Dibagikan (shares)</source>
        <translation>Shares (shares)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="46" />
        <source>Disimpan (saves)</source>
        <translation>Saves (saves)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="47" />
        <source>Rata-rata durasi tonton, detik (watch_time_s)</source>
        <translation>Average watch time, seconds (watch_time_s)</translation>
    </message>
    <message>
        <location filename="../report/dialogs.py" line="48" />
        <source>Pengikut baru (followers_gained)</source>
        <translation>New followers (followers_gained)</translation>
    </message>
</context>
</TS>