/** The iam command line tool: {@code iam validate} and {@code iam simulate}. */
module dev.iamkit.cli {
  requires dev.iamkit.json;
  requires info.picocli;
  requires static transitive org.jspecify;

  exports dev.iamkit.cli;

  opens dev.iamkit.cli to info.picocli;
  opens dev.iamkit.cli.internal to info.picocli;
}
