package care.dyad.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request body over {@link #LIMIT} with a 413 in the API's own format (see {@link
 * ErrorPageServlet}), before anything reads it: every body this API takes is a few kilobytes. A
 * declared length is judged without reading; a chunked body is read up to one byte past the limit
 * and then passed on from memory. The connection is closed after the answer (the server reads and
 * drops what is left of a chunked body first, up to its own 10 MB limit, which also answers a
 * longer declared length with a bare 400 before this filter runs).
 */
@WebFilter("/*")
public class BodySizeLimit extends HttpFilter {

  static final int LIMIT = 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var declared = request.getContentLengthLong();
    if (declared > LIMIT) {
      refuse(response);
      return;
    }
    if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
      var body = request.getInputStream().readNBytes(LIMIT + 1);
      if (body.length > LIMIT) {
        refuse(response);
        return;
      }
      chain.doFilter(new Buffered(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.setHeader("Connection", "close");
    response.sendError(413);
  }

  /** The request with its chunked body, already read, served from memory. */
  private static final class Buffered extends HttpServletRequestWrapper {

    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The body was read already; read it blocking.");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      var charset = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              new ByteArrayInputStream(body),
              charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
