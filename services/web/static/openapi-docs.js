// Starts Swagger UI on /docs (kept out of the page: the console's CSP allows no inline script).
"use strict";
(function () {
  var target = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: target.dataset.openapi, dom_id: "#swagger-ui" });
})();
