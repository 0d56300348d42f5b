package id.sinergi.identity.security;

import id.sinergi.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Test seam for the mutation check of the tenancy rules: removes one authorisation check at a time from the
 * running application by rewriting its bytecode in this test JVM (a Java agent, retransformation), and puts
 * it back afterwards. Nothing of it is in the application: production code has no hook to switch.
 *
 * <p>The mutants are found in the compiled application, so a new check is a new mutant:
 * <ul>
 * <li>{@code require@Class.method}: every {@code actor.require(…)} in that method does nothing (the check's
 * line deleted);</li>
 * <li>{@code Class.method}: a permission predicate (a boolean method of {@link Actor}, or a boolean method
 * taking an {@code Actor}) answers "allowed" whatever the actor: true, or false for {@code isOnly…}.</li>
 * </ul>
 */
public final class TenancyMutants {

    private static final String ACTOR = Type.getInternalName(Actor.class);
    private static final StackWalker WALKER = StackWalker.getInstance();
    /** The mutant in force, or null for the application as written. */
    private static volatile String active;
    private static volatile boolean recording;
    private static final Set<String> HITS = ConcurrentHashMap.newKeySet();
    private static Instrumentation instrumentation;
    private static ResettableClassFileTransformer transformer;

    private TenancyMutants() {
    }

    /** Every mutant of the compiled application, sorted. */
    static List<String> discover() {
        Set<String> mutants = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(Actor.class.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(new Sites(mutants), ClassReader.SKIP_DEBUG);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(mutants);
    }

    /** Rewrites the checks so each consults {@link #active}; as written while it is null. */
    static synchronized void install() {
        List<String> mutants = discover();
        Set<String> classes = new TreeSet<>();
        mutants.stream().filter(m -> !m.startsWith("require@")).forEach(m -> classes.add(m.substring(0, m.lastIndexOf('.'))));
        classes.add(Actor.class.getName());
        instrumentation = ByteBuddyAgent.install();
        transformer = new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .type(type -> classes.contains(type.getName()))
                .transform((builder, type, loader, module, domain) -> builder
                        .visit(Advice.to(Predicate.class).on(method -> mutants.contains(type.getName() + "." + method.getName())
                                && method.getReturnType().represents(boolean.class)))
                        .visit(Advice.to(Require.class).on(method -> type.getName().equals(Actor.class.getName())
                                && method.getName().equals("require"))))
                .installOn(instrumentation);
    }

    /** Puts the application's bytecode back as it was compiled. */
    static synchronized void uninstall() {
        active = null;
        recording = false;
        if (transformer != null) {
            transformer.reset(instrumentation, AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
            transformer = null;
        }
    }

    static void activate(String mutant) {
        active = mutant;
    }

    /** Starts recording which mutable checks run (the coverage of one probe). */
    static void record() {
        HITS.clear();
        recording = true;
    }

    static Set<String> recorded() {
        recording = false;
        return Set.copyOf(HITS);
    }

    /** Called by the rewritten predicates: the answer as written, or "allowed" when this predicate is the mutant. */
    public static boolean predicate(String site, boolean answer) {
        if (recording) {
            HITS.add(site);
        }
        if (!site.equals(active)) {
            return answer;
        }
        return !site.substring(site.lastIndexOf('.') + 1).startsWith("isOnly");
    }

    /** Called by the rewritten {@code Actor.require}: whether the check of the calling method is deleted. */
    public static boolean skipsRequire() {
        String mutant = active;
        if (mutant == null && !recording) {
            return false;
        }
        // 0: this method, 1: Actor.require, 2: the method that checks.
        String site = "require@" + WALKER.walk(frames -> frames.skip(2).findFirst())
                .map(f -> f.getClassName() + "." + f.getMethodName()).orElse("");
        if (recording) {
            HITS.add(site);
        }
        return site.equals(mutant);
    }

    /** Advice woven into each permission predicate. */
    public static final class Predicate {
        @Advice.OnMethodExit
        static void exit(@Advice.Origin("#t.#m") String site, @Advice.Return(readOnly = false) boolean answer) {
            answer = TenancyMutants.predicate(site, answer);
        }
    }

    /** Advice woven into {@code Actor.require}: skips its body when the calling method's check is the mutant. */
    public static final class Require {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter() {
            return TenancyMutants.skipsRequire();
        }
    }

    /** Finds the methods that call {@code Actor.require} and the permission predicates. */
    private static final class Sites extends ClassVisitor {
        private final Set<String> mutants;
        private String className;
        private boolean record;

        Sites(Set<String> mutants) {
            super(Opcodes.ASM9);
            this.mutants = mutants;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name.replace('/', '.');
            record = (access & Opcodes.ACC_RECORD) != 0 || "java/lang/Record".equals(superName);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            Type method = Type.getMethodType(descriptor);
            boolean bridge = (access & (Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_ABSTRACT)) != 0;
            if (!bridge && method.getReturnType() == Type.BOOLEAN_TYPE && !name.equals("equals")
                    && (className.equals(Actor.class.getName())
                            || Stream.of(method.getArgumentTypes()).anyMatch(t -> t.getInternalName().equals(ACTOR))
                                    && !record)) {
                mutants.add(className + "." + name);
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String called, String desc, boolean isInterface) {
                    if (owner.equals(ACTOR) && called.equals("require")) {
                        mutants.add("require@" + className + "." + name);
                    }
                }
            };
        }
    }
}
