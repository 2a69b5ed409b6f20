package dev.iamkit.core.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The exact-spelling table of {@link ServiceCatalog#isSpelledAction} is only a shortcut in front of the case-folding
 * lookup {@link ServiceCatalog#hasAction} (S1.12): it must find every action in AWS's spelling and never find a text
 * that {@code hasAction} rejects, whatever its case.
 */
class SpelledActionsProperties {
  private static final long SEED = 0x5E_11_ED_AAL;

  private static final ServiceCatalog CATALOG = ServiceCatalog.instance();
  private static final List<String> ACTIONS = new ArrayList<>();

  static {
    for (String service : CATALOG.services()) {
      for (String name : CATALOG.actionNames(service)) {
        ACTIONS.add(service + ":" + name);
      }
    }
  }

  @Test
  @DisplayName("S1.12: every action of the reference, as the reference spells it, is in the exact table")
  void every_action_as_spelled_is_found() {
    assertThat(ACTIONS).hasSizeGreaterThan(20_000);
    for (String action : ACTIONS) {
      assertThat(CATALOG.isSpelledAction(action)).as(action).isTrue();
      assertThat(CATALOG.hasAction(action)).as(action).isTrue();
    }
  }

  @Test
  @DisplayName("S1.12: in any case variant, the exact table finds a text only if the case-folding table does")
  void exact_table_agrees_with_folding_table_in_every_case_variant() {
    qt().withFixedSeed(SEED)
        .forAll(integers().between(0, ACTIONS.size() - 1), longs().all()).checkAssert((index, seed) -> {
      String action = ACTIONS.get(index);
      String variant = variant(action, new Random(seed));
      boolean folded = CATALOG.hasAction(variant);
      int colon = variant.indexOf(':');
      boolean expected = CATALOG.action(variant.substring(0, colon), variant.substring(colon + 1)).isPresent();
      assertThat(folded).as(variant).isEqualTo(expected);
      if (CATALOG.isSpelledAction(variant)) {
        assertThat(folded).as(variant).isTrue();
        assertThat(variant).isEqualTo(action);
      }
      if (variant.equals(action)) {
        assertThat(CATALOG.isSpelledAction(variant)).as(variant).isTrue();
      }
    });
  }

  @Test
  @DisplayName("S1.12: looking up many texts at once answers as looking up each one")
  void batch_lookup_agrees_with_single_lookups() {
    qt().withFixedSeed(SEED)
        .forAll(lists().of(integers().between(0, ACTIONS.size() - 1)).ofSizeBetween(0, 40), longs().all())
        .checkAssert((indexes, seed) -> {
          Random random = new Random(seed);
          String[] texts = new String[indexes.size()];
          for (int k = 0; k < texts.length; k++) {
            String action = ACTIONS.get(indexes.get(k));
            texts[k] = switch (random.nextInt(5)) {
              case 0 -> variant(action, random);
              case 1 -> action.substring(0, random.nextInt(action.length() + 1));
              case 2 -> action + "x";
              default -> action;
            };
          }
          ServiceCatalog.SpelledLookup lookup = new ServiceCatalog.SpelledLookup();
          for (String text : texts) {
            lookup.add(text);
          }
          CATALOG.areSpelledActions(lookup);
          for (int k = 0; k < texts.length; k++) {
            assertThat(lookup.found(k)).as(texts[k]).isEqualTo(CATALOG.isSpelledAction(texts[k]));
          }
        });
  }

  @Test
  void texts_that_are_not_spelled_actions() {
    assertThat(CATALOG.isSpelledAction("s3:GetObject")).isTrue();
    assertThat(CATALOG.isSpelledAction("s3:getobject")).isFalse();
    assertThat(CATALOG.isSpelledAction("S3:GetObject")).isFalse();
    assertThat(CATALOG.isSpelledAction("s3:Get*")).isFalse();
    assertThat(CATALOG.isSpelledAction("s3:")).isFalse();
    assertThat(CATALOG.isSpelledAction("")).isFalse();
    assertThat(CATALOG.isSpelledAction("*")).isFalse();
    assertThat(CATALOG.isSpelledAction("kms:Decrypt\u212a")).isFalse();
  }

  /** The action with each char upper-cased, lower-cased, kept, or (for k) made the Kelvin sign, at random. */
  private static String variant(String action, Random random) {
    StringBuilder sb = new StringBuilder(action.length());
    for (int i = 0; i < action.length(); i++) {
      char c = action.charAt(i);
      switch (random.nextInt(4)) {
        case 0 -> sb.append(Character.toUpperCase(c));
        case 1 -> sb.append(Character.toLowerCase(c));
        case 2 -> sb.append(c == 'k' || c == 'K' ? '\u212a' : c);
        default -> sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT).equals(action.toLowerCase(Locale.ROOT)) || random.nextBoolean()
        ? sb.toString() : action;
  }
}
