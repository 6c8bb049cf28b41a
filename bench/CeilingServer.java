import java.nio.file.Files;
import java.nio.file.Path;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The ceiling for bench/rest-load.sh: Grizzly alone, answering every request with a fixed JSON body,
 * no Jersey, no authentication, no database. It runs from the server's own jar as a single-file
 * source program ({@code java -cp courseport.jar bench/CeilingServer.java PORT BODY_FILE}), so it uses
 * the same Grizzly build and JVM flags as the real server and adds nothing to the production code.
 */
public final class CeilingServer {
    public static void main(String[] args) throws Exception {
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("ceiling", "127.0.0.1", Integer.parseInt(args[0]));
        server.addListener(listener);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                response.setContentType("application/json;charset=UTF-8");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }, "/");
        server.start();
        System.err.println("serving on http://127.0.0.1:" + listener.getPort() + "/");
        Thread.currentThread().join();
    }
}
