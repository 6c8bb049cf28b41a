// Shows the API's own document; relative to the page's <base>, the API's v1 root.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true
  });
};
