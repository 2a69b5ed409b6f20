/** The iam command line tool: {@code iam validate}, {@code iam simulate} and {@code iam scenario}. */
module dev.iamkit.cli {
  requires dev.iamkit.json;
  requires info.picocli;
  requires static transitive org.jspecify;

  exports dev.iamkit.cli;

  opens dev.iamkit.cli to info.picocli;
  opens dev.iamkit.cli.internal to info.picocli;
}
