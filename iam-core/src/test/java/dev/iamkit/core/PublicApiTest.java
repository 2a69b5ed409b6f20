package dev.iamkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Conventions of the exported API (STYLE "Values"): optional parts are Optional results, never Optional parameters. */
class PublicApiTest {
  private static final List<String> EXPORTED = List.of("arn", "eval", "identity", "policy", "credentials", "sts", "directory", "analysis");
  /** Exceptions to the rule: none. Never add any. */
  private static final List<String> NOT_YET = List.of();

  @Test
  void no_public_method_or_constructor_takes_an_optional() throws IOException, ClassNotFoundException {
    List<String> offenders = new ArrayList<>();
    List<Class<?>> types = exportedTypes();
    assertThat(types).hasSizeGreaterThan(20);
    for (Class<?> type : types) {
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
      members.addAll(List.of(type.getDeclaredConstructors()));
      for (Executable m : members) {
        if (Modifier.isPublic(m.getModifiers()) && Stream.of(m.getParameterTypes()).anyMatch(Optional.class::equals)) {
          offenders.add(type.getName() + "." + m.getName());
        }
      }
    }
    assertThat(offenders).containsExactlyInAnyOrderElementsOf(NOT_YET);
  }

  /** The public classes (nested ones included) of the exported packages, from this module's compiled classes. */
  private static List<Class<?>> exportedTypes() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes/dev/iamkit/core");
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : EXPORTED) {
      List<Path> files;
      try (Stream<Path> s = Files.list(classes.resolve(pkg))) {
        files = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
      }
      for (Path file : files) {
        String simple = file.getFileName().toString().replace(".class", "");
        if (simple.equals("package-info")) {
          continue;
        }
        Class<?> type = Class.forName("dev.iamkit.core." + pkg + "." + simple.replace('/', '.'));
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()) {
          types.add(type);
        }
      }
    }
    return types;
  }
}
