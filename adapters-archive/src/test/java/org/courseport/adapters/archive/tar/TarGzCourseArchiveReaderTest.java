package org.courseport.adapters.archive.tar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.application.fixtures.ReadOnlyBlobStore;
import org.courseport.application.fixtures.TarGz;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.ArchiveProgress;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;
import org.courseport.domain.error.DomainException;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.error.Unprocessable;
import org.junit.jupiter.api.Test;

class TarGzCourseArchiveReaderTest {
    private static final OlxCourse COURSE = OlxCourse.of("MITx", "6.002x", "2026_Fall");
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final TarGzCourseArchiveReader reader = new TarGzCourseArchiveReader(blobs, ForkJoinPool.commonPool());

    private Manifest unpack(byte[] archive) throws IOException {
        return unpack(archive, ArchiveLimits.DEFAULTS);
    }

    private Manifest unpack(byte[] archive, ArchiveLimits limits) throws IOException {
        return reader.unpack(new ByteArrayInputStream(archive), limits, ArchiveProgress.NONE, Manifest.empty());
    }

    private <T extends DomainException> T refused(Class<T> kind, byte[] archive, String... phrases) {
        return refused(kind, archive, ArchiveLimits.DEFAULTS, phrases);
    }

    private <T extends DomainException> T refused(Class<T> kind, byte[] archive, ArchiveLimits limits, String... phrases) {
        T e = assertThrows(kind, () -> unpack(archive, limits));
        for (String phrase : phrases) {
            assertTrue(e.getMessage().contains(phrase), () -> "'" + phrase + "' not in: " + e.getMessage());
        }
        return e;
    }

    @Test
    void keepsEveryFileByteForByte() throws IOException {
        Manifest manifest = unpack(COURSE.tarGz());
        assertEquals(COURSE.files().keySet(), manifest.entries().stream().map(ManifestEntry::path).collect(java.util.stream.Collectors.toSet()));
        for (Map.Entry<String, byte[]> file : COURSE.files().entrySet()) {
            ManifestEntry entry = manifest.entry(file.getKey()).orElseThrow();
            assertArrayEquals(file.getValue(), blobs.open(entry.blob()).orElseThrow().readAllBytes());
        }
    }

    @Test
    void aCourseInsideOneTopFolderIsReadFromThere() throws IOException {
        Manifest manifest = unpack(TarGz.archive().directory("course").course(COURSE, "course").bytes());
        assertTrue(manifest.entry("course.xml").isPresent());
        assertEquals(COURSE.files().size(), manifest.fileCount());
    }

    @Test
    void anArchiveWithoutCourseXmlIsNotACourse() {
        refused(Unprocessable.class, TarGz.archive().file("a/readme.txt", "hi").file("b/x.txt", "x").bytes(), "no course.xml");
    }

    @Test
    void traversalIsRefused() {
        refused(Unprocessable.class, TarGz.archive().course(COURSE, null).file("static/../../etc/cron.d/x", "x").bytes(),
                "static/../../etc/cron.d/x", "traversal");
    }

    @Test
    void anAbsolutePathIsRefused() {
        refused(Unprocessable.class, TarGz.archive().course(COURSE, null).file("/etc/passwd", "x").bytes(),
                "/etc/passwd", "absolute");
    }

    @Test
    void aSymlinkIsRefused() {
        refused(Unprocessable.class, TarGz.archive().course(COURSE, null).symlink("static/key", "/etc/shadow").bytes(),
                "static/key", "symbolic link");
    }

    @Test
    void aHardLinkIsRefused() {
        refused(Unprocessable.class, TarGz.archive().course(COURSE, null).hardlink("static/key", "course.xml").bytes(),
                "static/key", "hard link");
    }

    @Test
    void aDeviceIsRefused() {
        refused(Unprocessable.class, TarGz.archive().course(COURSE, null).characterDevice("static/zero").bytes(),
                "static/zero", "device");
    }

    @Test
    void tooManyEntriesAreRefused() {
        TarGz archive = TarGz.archive().course(COURSE, null);
        for (int i = 0; i < 20; i++) {
            archive.file("static/f" + i, "x");
        }
        refused(LimitExceeded.class, archive.bytes(), new ArchiveLimits(1L << 30, 1L << 30, 15, 1L << 30, 200),
                "more than 15 entries", "max-entries");
    }

    @Test
    void anEntryOverItsCapIsRefusedFromItsHeader() {
        refused(LimitExceeded.class, TarGz.archive().course(COURSE, null).fileClaiming("static/huge.bin", 5L << 30).bytes(),
                "static/huge.bin", "max-entry-bytes");
    }

    @Test
    void anEntryOverItsCapIsRefused() {
        refused(LimitExceeded.class, TarGz.archive().course(COURSE, null).file("static/big.bin", OlxCourse.binary(20_000)).bytes(),
                new ArchiveLimits(1L << 30, 1L << 30, 1000, 10_000, 200), "static/big.bin", "max-entry-bytes");
    }

    @Test
    void anArchiveOverTheTotalIsRefused() {
        TarGz archive = TarGz.archive().course(COURSE, null);
        for (int i = 0; i < 5; i++) {
            archive.file("static/part" + i, OlxCourse.binary(10_000 + i));
        }
        refused(LimitExceeded.class, archive.bytes(), new ArchiveLimits(1L << 30, 40_000, 1000, 1L << 30, 200),
                "max-unpacked-bytes");
    }

    @Test
    void aDecompressionBombIsRefused() {
        refused(LimitExceeded.class, TarGz.archive().course(COURSE, null).file("static/zeros", new byte[20 << 20]).bytes(),
                "static/zeros", "decompression bomb", "max-ratio");
        assertTrue(blobs.size() < COURSE.files().size() + 1, "the bomb was never stored");
    }

    @Test
    void aZipIsNamedAsSuch() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("course.xml"));
            out.write("<course/>".getBytes());
        }
        refused(Unprocessable.class, zip.toByteArray(), "not a gzip", "zip archive");
    }

    @Test
    void aPlainTarIsNamedAsSuch() {
        refused(Unprocessable.class, TarGz.archive().course(COURSE, null).tar(), "not a gzip", "plain (uncompressed) tar");
    }

    @Test
    void aTruncatedArchiveIsUnprocessable() {
        byte[] whole = TarGz.archive().course(COURSE, null).file("static/big.bin", OlxCourse.binary(50_000)).bytes();
        refused(Unprocessable.class, Arrays.copyOf(whole, whole.length / 2), "truncated");
    }

    @Test
    void largeFilesGoThroughWhicheverWritersStoreThem() throws IOException {
        byte[] large = OlxCourse.binary(3 * 1024 * 1024 + 5);
        byte[] archive = TarGz.archive().course(COURSE, null).file("static/large.bin", large)
                .file("static/other.bin", OlxCourse.binary(600_000)).bytes();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Executor writers : List.<Executor>of(Runnable::run, ForkJoinPool.commonPool(), pool)) {
                Manifest manifest = new TarGzCourseArchiveReader(blobs, writers).unpack(new ByteArrayInputStream(archive),
                        ArchiveLimits.DEFAULTS, ArchiveProgress.NONE, Manifest.empty());
                ManifestEntry entry = manifest.entries().stream().filter(e -> e.path().equals("static/large.bin"))
                        .findFirst().orElseThrow();
                assertArrayEquals(large, blobs.open(entry.blob()).orElseThrow().readAllBytes());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A file of the current version at the same path (inside or outside a top folder) and of the same
     * size is handed to the batch as likely that blob; the manifest is the content's all the same.
     */
    @Test
    void filesOfTheCurrentVersionAtTheSamePathAndSizeAreLikelyTheirBlobs() throws IOException {
        byte[] large = OlxCourse.binary(600_000);
        byte[] changed = OlxCourse.binary(600_000);
        changed[300_000] ^= 1;
        Manifest current = unpack(TarGz.archive().course(COURSE, null).file("static/large.bin", large)
                .file("static/changed.bin", large).file("static/resized.bin", large).bytes());

        Map<BlobId, Integer> likely = new ConcurrentHashMap<>();
        BlobStore hinted = new BlobStore() {
            @Override
            public StoredBlob put(InputStream content) throws IOException {
                return blobs.put(content);
            }

            @Override
            public Optional<InputStream> open(BlobId id) {
                return blobs.open(id);
            }

            @Override
            public Optional<StoredBlob> find(BlobId id) {
                return blobs.find(id);
            }

            @Override
            public BlobBatch batch() {
                return new BlobBatch() {
                    @Override
                    public StoredBlob put(InputStream content) throws IOException {
                        return blobs.put(content);
                    }

                    @Override
                    public StoredBlob put(InputStream content, StoredBlob blob) throws IOException {
                        likely.merge(blob.id(), 1, Integer::sum);
                        return blobs.put(content);
                    }

                    @Override
                    public void makeDurable() {
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        byte[] again = TarGz.archive().course(COURSE, "top").file("top/static/large.bin", large)
                .file("top/static/changed.bin", changed).file("top/static/resized.bin", Arrays.copyOf(large, 600_001))
                .file("top/static/new.bin", large).bytes();
        Manifest manifest = new TarGzCourseArchiveReader(hinted, ForkJoinPool.commonPool())
                .unpack(new ByteArrayInputStream(again), ArchiveLimits.DEFAULTS, ArchiveProgress.NONE, current);

        assertEquals(unpack(again), manifest, "the same files as when nothing is likely");
        BlobId largeBlob = current.entry("static/large.bin").orElseThrow().blob();
        assertEquals(2, likely.get(largeBlob), "large.bin and changed.bin; not resized.bin (larger now) nor new.bin");
        assertEquals(COURSE.files().size() + 2, likely.values().stream().mapToInt(Integer::intValue).sum(),
                "and every file of the course itself");
        assertNotEquals(largeBlob, manifest.entry("static/changed.bin").orElseThrow().blob());
    }

    /** The writer waiting for the rest of the file is told it will not come, so the refusal does not hang. */
    @Test
    void anArchiveCutInsideALargeFileIsRefusedWithoutStoringIt() {
        byte[] large = OlxCourse.binary(2 * 1024 * 1024);
        byte[] whole = TarGz.archive().course(COURSE, null).file("static/large.bin", large).bytes();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                refused(Unprocessable.class, Arrays.copyOf(whole, whole.length * 3 / 4), "truncated"));
        assertTrue(blobs.blobs().stream().noneMatch(b -> b.blob().size() == large.length), "no part of it kept");
    }

    @Test
    void aBlobStoreThatCannotWriteIsTheServersFaultNotTheArchives() {
        byte[] archive = COURSE.tarGz();
        for (Executor writers : List.<Executor>of(Runnable::run, ForkJoinPool.commonPool())) {
            TarGzCourseArchiveReader onReadOnlyDisk = new TarGzCourseArchiveReader(new ReadOnlyBlobStore(), writers);
            assertThrows(IOException.class, () -> onReadOnlyDisk.unpack(new ByteArrayInputStream(archive),
                    ArchiveLimits.DEFAULTS, ArchiveProgress.NONE, Manifest.empty()));
        }
    }

    @Test
    void aBodyThatStopsComingIsTheArchivesFault() {
        byte[] archive = COURSE.tarGz();
        for (int cut : new int[] {0, 5, archive.length / 2}) {
            InputStream broken = new SequenceInputStream(new ByteArrayInputStream(archive, 0, cut), new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("connection reset by peer");
                }
            });
            Unprocessable e = assertThrows(Unprocessable.class,
                    () -> reader.unpack(broken, ArchiveLimits.DEFAULTS, ArchiveProgress.NONE, Manifest.empty()), "cut at " + cut);
            assertTrue(e.getMessage().contains("connection reset by peer"), e.getMessage());
        }
    }

    @Test
    void progressIsReported() throws IOException {
        long[] last = new long[2];
        reader.unpack(new ByteArrayInputStream(COURSE.tarGz()), ArchiveLimits.DEFAULTS, (bytes, entries) -> {
            last[0] = bytes;
            last[1] = entries;
        }, Manifest.empty());
        assertEquals(COURSE.files().size(), last[1]);
        assertTrue(last[0] > 0);
    }
}
