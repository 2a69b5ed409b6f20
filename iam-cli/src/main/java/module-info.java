/** The iam command line tool. */
module dev.iamkit.cli {
  requires dev.iamkit.json;
  requires info.picocli;
  requires static org.jspecify;

  opens dev.iamkit.cli to info.picocli;
}
