package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;

import dev.iamkit.core.directory.Account;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.identity.User;
import dev.iamkit.json.WorldReader;
import dev.iamkit.json.WorldWriter;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** {@link IamGenerators#worlds()}: directories IAM accepts (S10.2 quotas, policies valid per kind), round-tripping through world files. */
class WorldGeneratorTest {
  private static final int COUNT = 150;

  @Test
  void every_generated_world_builds_and_round_trips_through_world_files() {
    RandomGenerator random = new SplittableRandom(7);
    int users = 0;
    int grouped = 0;
    int roles = 0;
    int twoAccounts = 0;
    for (int i = 0; i < COUNT; i++) {
      Directory world = IamGenerators.worlds().next(random);
      String text = WorldWriter.standard().write(world);
      Directory back = WorldReader.standard().read(text, "generated-" + i + ".json");
      assertThat(WorldWriter.standard().write(back)).as("world %d read back and written again", i).isEqualTo(text);
      twoAccounts += world.accounts().size() == 2 ? 1 : 0;
      for (Account a : world.accounts().values()) {
        users += a.users().size();
        roles += a.roles().size();
        for (User u : a.users().values()) {
          grouped += u.groups().isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(users).isGreaterThan(COUNT / 2);
    assertThat(grouped).isGreaterThan(COUNT / 10);
    assertThat(roles).isGreaterThan(COUNT / 4);
    assertThat(twoAccounts).isGreaterThan(COUNT / 10);
  }

  @Test
  void worlds_are_deterministic_for_a_seed_and_shrink_to_valid_worlds() {
    String first = WorldWriter.standard().write(IamGenerators.worlds().next(new SplittableRandom(3)));
    String again = WorldWriter.standard().write(IamGenerators.worlds().next(new SplittableRandom(3)));
    assertThat(again).isEqualTo(first);
    IamGenerator.Sample<Directory> sample = IamGenerators.worlds().sample(new SplittableRandom(11));
    Directory smallest = sample.shrink(w -> !w.accounts().isEmpty()).value();
    assertThat(smallest.accounts()).hasSize(1);
    assertThat(smallest.accounts().values().iterator().next().users()).isEmpty();
  }
}
