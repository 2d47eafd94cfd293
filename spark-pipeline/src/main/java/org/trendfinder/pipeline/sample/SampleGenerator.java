package org.trendfinder.pipeline.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a synthetic DonorsChoose history in the schema of the public 2018 Kaggle files (Projects.csv,
 * Resources.csv, Schools.csv, Teachers.csv) plus truth.json describing the planted trends and bad rows.
 *
 * <p>Projects are generated in chunks of consecutive indices (posted in date order), each with its own random
 * stream, on several threads; chunks are written in order as they complete, so memory stays bounded and the output
 * is byte-identical for a given spec whatever the thread count.
 */
public final class SampleGenerator {
    public static final String PROJECTS_FILE = "Projects.csv";
    public static final String RESOURCES_FILE = "Resources.csv";
    public static final String SCHOOLS_FILE = "Schools.csv";
    public static final String TEACHERS_FILE = "Teachers.csv";

    public static final List<String> PROJECT_HEADERS = List.of("Project ID", "School ID", "Teacher ID",
            "Teacher Project Posted Sequence", "Project Type", "Project Title", "Project Essay",
            "Project Short Description", "Project Need Statement", "Project Subject Category Tree",
            "Project Subject Subcategory Tree", "Project Grade Level Category", "Project Resource Category",
            "Project Cost", "Project Posted Date", "Project Expiration Date", "Project Current Status",
            "Project Fully Funded Date");
    public static final List<String> RESOURCE_HEADERS = List.of("Project ID", "Resource Item Name",
            "Resource Quantity", "Resource Unit Price", "Resource Vendor Name");
    public static final List<String> SCHOOL_HEADERS = List.of("School ID", "School Name", "School Metro Type",
            "School Percentage Free Lunch", "School State", "School Zip", "School City", "School County",
            "School District");
    public static final List<String> TEACHER_HEADERS = List.of("Teacher ID", "Teacher Prefix",
            "Teacher First Project Posted Date");

    /** Projects per day grow this many times from the first to the last day of the history. */
    static final double GROWTH = 2.5;
    private static final int CHUNK = 4096;
    private static final int BUFFER = 1 << 20;

    private SampleGenerator() {
    }

    /** Generates with as many threads as there are processors. */
    public static Truth generate(SampleSpec spec, Path outDir) throws IOException {
        return generate(spec, outDir, Runtime.getRuntime().availableProcessors());
    }

    public static Truth generate(SampleSpec spec, Path outDir, int threads) throws IOException {
        Files.createDirectories(outDir);
        VolumeModel volume = VolumeModel.of(spec.startDate(), spec.endDate(), spec.projects(), GROWTH);
        Population population = Population.generate(stream(spec.seed(), 1), volume);
        TrendPlan plan = TrendPlan.plan(stream(spec.seed(), 2), spec, volume, population);
        ProjectComposer composer = new ProjectComposer(volume, population, plan, spec.endDate());

        Totals totals = new Totals(BadRowKind.values().length, plan.signals().size(),
                spec.endDate().getYear() - volume.start().getYear() + 1);
        try (OutputStream projects = open(outDir.resolve(PROJECTS_FILE));
             OutputStream resources = open(outDir.resolve(RESOURCES_FILE))) {
            writeHeader(projects, PROJECT_HEADERS);
            writeHeader(resources, RESOURCE_HEADERS);
            long chunks = (spec.projects() + CHUNK - 1) / CHUNK;
            if (threads <= 1) {
                for (long c = 0; c < chunks; c++) {
                    totals.add(write(chunk(composer, spec, c), projects, resources));
                }
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "sample-generator");
                    t.setDaemon(true);
                    return t;
                });
                try {
                    Deque<Future<ProjectComposer.Chunk>> window = new ArrayDeque<>();
                    for (long c = 0; c < chunks; c++) {
                        long chunkNo = c;
                        window.add(pool.submit(() -> chunk(composer, spec, chunkNo)));
                        if (window.size() >= 2 * threads) {
                            totals.add(write(await(window.poll()), projects, resources));
                        }
                    }
                    while (!window.isEmpty()) {
                        totals.add(write(await(window.poll()), projects, resources));
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        writeSchools(outDir.resolve(SCHOOLS_FILE), population);
        writeTeachers(outDir.resolve(TEACHERS_FILE), population);

        Map<BadRowKind, Long> bad = new EnumMap<>(BadRowKind.class);
        for (BadRowKind kind : BadRowKind.values()) {
            bad.put(kind, totals.bad[kind.ordinal()]);
        }
        Map<Integer, Long> perYear = new TreeMap<>();
        for (int y = 0; y < totals.perYear.length; y++) {
            perYear.put(volume.start().getYear() + y, totals.perYear[y]);
        }
        List<PlantedTerm> terms = new ArrayList<>();
        for (int k = 0; k < plan.signals().size(); k++) {
            terms.add(plan.signals().get(k).truth.withPlantedProjects(totals.planted[k]));
        }
        long badTotal = bad.values().stream().mapToLong(Long::longValue).sum();
        Truth truth = new Truth(spec.seed(), spec.startDate().toString(), spec.endDate().toString(), totals.rows,
                totals.rows - badTotal, totals.resourceRows, population.schools().size(),
                population.teachers().size(), perYear, List.copyOf(terms), bad, Vocabulary.frameWords(),
                Vocabulary.productLineWords());
        truth.write(outDir.resolve(Truth.FILE_NAME));
        return truth;
    }

    private static ProjectComposer.Chunk chunk(ProjectComposer composer, SampleSpec spec, long c) {
        long from = c * CHUNK;
        long to = Math.min(spec.projects(), from + CHUNK);
        return composer.compose(from, to, stream(spec.seed(), 1000 + c));
    }

    private static ProjectComposer.Chunk write(ProjectComposer.Chunk chunk, OutputStream projects,
                                               OutputStream resources) throws IOException {
        projects.write(chunk.projects());
        resources.write(chunk.resources());
        return chunk;
    }

    private static ProjectComposer.Chunk await(Future<ProjectComposer.Chunk> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("generating a chunk failed", e.getCause());
        }
    }

    /** An independent random stream for one purpose (1 population, 2 plan, 1000+ chunks). */
    static SplittableRandom stream(long seed, long purpose) {
        long z = seed + purpose * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return new SplittableRandom(z ^ (z >>> 33));
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
    }

    private static void writeHeader(OutputStream out, List<String> headers) throws IOException {
        StringBuilder sb = new StringBuilder();
        Csv.row(sb, headers.toArray(String[]::new));
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void writeSchools(Path file, Population population) throws IOException {
        try (OutputStream out = open(file)) {
            writeHeader(out, SCHOOL_HEADERS);
            StringBuilder sb = new StringBuilder(1 << 16);
            for (Population.School s : population.schools()) {
                Csv.row(sb, s.id(), s.name(), s.metroType(), s.freeLunch() < 0 ? "" : Integer.toString(s.freeLunch()),
                        s.county().state(), s.zip(), s.city(), s.county().county(), s.district());
                flushIfLarge(sb, out);
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void writeTeachers(Path file, Population population) throws IOException {
        try (OutputStream out = open(file)) {
            writeHeader(out, TEACHER_HEADERS);
            StringBuilder sb = new StringBuilder(1 << 16);
            for (Population.Teacher t : population.teachers()) {
                Csv.row(sb, t.id(), t.prefix(), population.firstPostedDate(t).toString());
                flushIfLarge(sb, out);
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void flushIfLarge(StringBuilder sb, OutputStream out) {
        if (sb.length() > 1 << 16) {
            try {
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sb.setLength(0);
        }
    }

    /** Counts summed over chunks. */
    private static final class Totals {
        long rows;
        long resourceRows;
        final long[] bad;
        final long[] planted;
        final long[] perYear;

        Totals(int kinds, int signals, int years) {
            bad = new long[kinds];
            planted = new long[signals];
            perYear = new long[years];
        }

        void add(ProjectComposer.Chunk chunk) {
            rows += chunk.rows();
            resourceRows += chunk.resourceRows();
            for (int i = 0; i < bad.length; i++) {
                bad[i] += chunk.bad()[i];
            }
            for (int i = 0; i < planted.length; i++) {
                planted[i] += chunk.planted()[i];
            }
            for (int i = 0; i < perYear.length; i++) {
                perYear[i] += chunk.perYear()[i];
            }
        }
    }
}
