import { apiHandler, notFound } from "@/lib/api/http";
import { API_PATH } from "@/lib/api/present";

// Any other path under /api/v1 is a JSON 404 (rather than the site's HTML page), whatever the method.
const unknownPath = apiHandler(async (request: Request) => {
  const path = new URL(request.url).pathname.slice(0, 200);
  throw notFound(`No such endpoint: ${path}. The endpoints are listed in ${API_PATH}/openapi.json.`);
});

export {
  unknownPath as GET,
  unknownPath as POST,
  unknownPath as PUT,
  unknownPath as PATCH,
  unknownPath as DELETE,
  unknownPath as OPTIONS,
};
