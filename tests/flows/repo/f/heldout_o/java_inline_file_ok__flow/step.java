public class Main {
  public static Object main(int count, String label) {
    return label + count;
  }
}
